"""A plan as a FHIR R4 Bundle (type collection): one mapping function per resource, put
together in exports.fhir.bundle. The README's "FHIR" section is the table of every mapping."""
