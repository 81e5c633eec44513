// Stand-in for Google Translate's element.js: shows that the script ran, after consent only.
const target = document.getElementById('google_translate_element');
if (target) target.textContent = 'Übersetzungsauswahl von Google Translate (lokaler Platzhalter) – Skript geladen.';
