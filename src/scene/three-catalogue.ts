/**
 * The three.js classes the scene writes as JSX elements (`<mesh>`, `<group>`, …), ours and those
 * of the libraries we render (@react-three/xr, uikit, drei). R3F's <Canvas> registers all of
 * three for JSX, which keeps every class of it in the bundle; the production build registers
 * this module's exports instead (scripts/vite-plugin-three-catalogue.ts imports it as a
 * namespace), which lets the bundler drop the unused rest (≈ 35 KB gzip). The build fails when
 * a rendered module uses an element missing here, so a new kind of element means a new name here.
 */
export {
  BoxGeometry,
  CapsuleGeometry,
  Color,
  CylinderGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  IcosahedronGeometry,
  Line,
  Mesh,
  MeshBasicMaterial,
  MeshStandardMaterial,
  PlaneGeometry,
  PointLight,
  SphereGeometry,
} from 'three';
