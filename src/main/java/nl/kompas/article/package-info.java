/**
 * Articles: blogs, opinions and other long reads by one or more consultants, with categories,
 * tags and an optional place in a series; their public pages, and their editing in the admin
 * (drafts, review, scheduled publication, revisions), where {@link nl.kompas.article.ArticleEditing}
 * decides who may do what.
 */
package nl.kompas.article;
