// write-file-atomic ships no types; this is the part we use.
declare module 'write-file-atomic' {
  interface Options {
    encoding?: BufferEncoding;
    mode?: number;
    fsync?: boolean;
  }
  function writeFileAtomic(file: string, data: string, options?: Options): Promise<void>;
  export default writeFileAtomic;
}
