// Browsers come from Debian (/usr/bin/chromium, /usr/bin/firefox-esr); never let puppeteer download its own.
module.exports = { skipDownload: true };
