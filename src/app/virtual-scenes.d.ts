declare module 'virtual:scenes' {
  import type { CatalogueEntry } from '../core/scenario/catalogue';

  const entries: CatalogueEntry[];
  export default entries;
}
