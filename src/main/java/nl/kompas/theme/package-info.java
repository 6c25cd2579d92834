/**
 * Themes: folders under themes/ with a manifest (theme.yaml), a Facelets layout and assets. The
 * active theme is chosen by configuration and checked at start-up; its assets are served under
 * content-hashed URLs.
 */
package nl.kompas.theme;
