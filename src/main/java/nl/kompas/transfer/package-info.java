/**
 * Export and import of the whole site as a zip in the format of the content folder: an export can
 * be committed as content/ or imported into another site, and an import shows what it would add or
 * change before anything is written.
 */
package nl.kompas.transfer;
