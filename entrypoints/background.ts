export default defineBackground(() => {
  // Tab state and the toolbar badge are built in lib/ and wired here.
});
