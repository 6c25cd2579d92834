package nl.kompas.platform.cache;

import java.util.Locale;

/**
 * What an Accept-Encoding header allows: gzip and Brotli, each unless refused with q=0.
 *
 * @param gzip whether gzip may be sent
 * @param brotli whether Brotli may be sent
 */
record AcceptedEncodings(boolean gzip, boolean brotli) {

    static final AcceptedEncodings NONE = new AcceptedEncodings(false, false);

    static AcceptedEncodings parse(String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        Boolean gzip = null;
        Boolean brotli = null;
        boolean anyOther = false;
        for (String part : header.toLowerCase(Locale.ROOT).split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip();
            boolean allowed = true;
            for (int i = 1; i < fields.length; i++) {
                String parameter = fields[i].strip().replace(" ", "");
                if (parameter.startsWith("q=")) {
                    allowed = quality(parameter.substring(2)) > 0;
                }
            }
            switch (coding) {
                case "gzip", "x-gzip" -> gzip = allowed;
                case "br" -> brotli = allowed;
                case "*" -> anyOther = allowed;
                default -> {}
            }
        }
        // "*" allows every coding the header does not name; a named coding keeps its own q.
        return new AcceptedEncodings(gzip == null ? anyOther : gzip, brotli == null ? anyOther : brotli);
    }

    private static double quality(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
