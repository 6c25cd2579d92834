/**
 * Comments ("reacties") on articles: a plain form under each article open to comments, a queue in
 * the admin where every comment waits for approval, and a mail to the article's authors about each
 * new one. Only approved comments appear; their text is plain, with line breaks and links.
 */
package nl.kompas.comment;
