export default defineBackground(() => {
  // Wiring only: each concern lives in a sibling setup file.
});
