// The print view's button: the browser's own print dialog, with the print stylesheet.
(function () {
    'use strict';
    const button = document.getElementById('print-button');
    if (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    }
}());
