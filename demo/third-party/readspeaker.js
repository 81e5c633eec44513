// Stand-in for ReadSpeaker's webReader: shows that the script ran, after consent only.
document.querySelectorAll('.demo-third-party').forEach((element) => element.append(' – Skript geladen.'));
