/** The part of libheif-js (libheif compiled to WebAssembly) that Stance uses. */
declare module 'libheif-js/wasm-bundle.js' {
  /** One top-level image of the file. */
  export interface HeifImage {
    readonly handle: unknown;
    get_width(): number;
    get_height(): number;
    is_primary(): boolean;
    has_alpha_channel(): boolean;
    free(): void;
  }
  export class HeifDecoder {
    decoder: { delete(): void } | null;
    /** The file's top-level images; an empty list when the file cannot be parsed. */
    decode(bytes: Uint8Array): HeifImage[];
  }
  interface Channel {
    id: number;
    width: number;
    height: number;
    stride: number;
    data: Uint8Array;
  }
  /** A decoded picture, or an error (with `code`) when decoding failed. */
  type Decoded = { code?: undefined; image: unknown; channels: Channel[] } | { code: number };
  /** The module is CommonJS with no named exports Node can see, so it is imported whole. */
  const libheif: {
    HeifDecoder: typeof HeifDecoder;
    /**
     * Decodes with libheif's default options: the container's rotation, mirroring and crop
     * applied, converted to the colorspace and chroma asked for.
     */
    heif_js_decode_image2(handle: unknown, colorspace: number, chroma: number): Promise<Decoded>;
    heif_image_release(image: unknown): void;
    heif_colorspace: { heif_colorspace_RGB: number };
    heif_chroma: { heif_chroma_interleaved_RGB: number; heif_chroma_interleaved_RGBA: number };
    heif_channel: { heif_channel_interleaved: number };
  };
  export default libheif;
}
