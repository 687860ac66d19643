declare module 'virtual:scenes' {
  import type { CatalogueEntry } from './bundled-scenarios';
  const entries: CatalogueEntry[];
  export default entries;
}
