"""A closed plan as a Noark 5 (version 5.0) archive extract: arkivstruktur.xml, endringslogg.xml,
arkivuttrekk.xml (ADDML 8.3) and the documents under DOKUMENT/. One builder module per file."""
