/*
 * The article editor's live preview. The frame holds an empty page with the public stylesheet;
 * after each (debounced) AJAX render of the Markdown, the rendered and sanitized HTML is copied
 * into it. The frame is sandboxed without scripts, so nothing in the preview can run.
 */
window.kompasPreview = {
    update: function () {
        var frame = document.getElementById('preview-frame');
        var source = document.getElementById('preview-html');
        var page = frame && frame.contentDocument;
        var prose = page && page.querySelector('.prose');
        if (prose && source) {
            prose.innerHTML = source.value;
        }
    }
};
