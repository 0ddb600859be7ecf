/** The part of libheif-js (libheif compiled to WebAssembly) that Stance uses. */
declare module 'libheif-js/wasm-bundle.js' {
  interface DisplayTarget {
    data: Uint8ClampedArray;
    width: number;
    height: number;
  }
  /** One top-level image of the file, with libheif's transformations (irot, imir, clap) applied. */
  export interface HeifImage {
    get_width(): number;
    get_height(): number;
    is_primary(): boolean;
    has_alpha_channel(): boolean;
    /** Decodes into RGBA; calls back with null when decoding fails. */
    display(target: DisplayTarget, done: (result: DisplayTarget | null) => void): void;
    free(): void;
  }
  export class HeifDecoder {
    decoder: { delete(): void } | null;
    /** The file's top-level images; an empty list when the file cannot be parsed. */
    decode(bytes: Uint8Array): HeifImage[];
  }
  /** The module is CommonJS with no named exports Node can see, so it is imported whole. */
  const libheif: { HeifDecoder: typeof HeifDecoder };
  export default libheif;
}
