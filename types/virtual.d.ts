declare module 'virtual:library' {
  const library: import('../lib/content/render').RenderedLibrary;
  export default library;
}
