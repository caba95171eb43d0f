// A refused form answers at its section (the URL's fragment), and browsers skip autofocus when
// the URL names a fragment: move focus to the error summary so it is read out first.
window.addEventListener("load", () => {
    const summary = document.querySelector(".ds-error-summary");
    if (summary && document.activeElement === document.body) {
        summary.focus();
    }
});
