package nl.kompas.sharing;

import jakarta.json.JsonObject;

/**
 * JSON-LD as the text of a {@code <script type="application/ld+json">} element. HTML ends a script
 * element at the first {@code </script} whatever the JSON means, and {@code <!--} changes how the
 * rest is parsed, so {@code <}, {@code >} and {@code &} are written as JSON's {@code \u003c},
 * {@code \u003e} and {@code \u0026}: the same string to a JSON parser, never markup to HTML.
 * Those three characters can only occur inside JSON strings, so replacing them in the serialized
 * text is exact.
 */
final class JsonLd {

    private JsonLd() {}

    static String scriptText(JsonObject data) {
        String json = data.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                // Line and paragraph separators are valid in JSON but ended strings in older JavaScript.
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
