package nl.kompas.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptedEncodingsTest {

    @ParameterizedTest(name = "\"{0}\" allows gzip {1}, Brotli {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "null | false | false",
                "'' | false | false",
                "gzip | true | false",
                "'gzip, deflate, br' | true | true",
                "'br;q=1.0, gzip;q=0.8, *;q=0.1' | true | true",
                "'gzip;q=0, br' | false | true",
                "'GZIP' | true | false",
                "'*' | true | true",
                "'*, gzip;q=0' | false | true",
                "identity | false | false",
                "'br; q=0' | false | false",
                "'gzip;q=zero' | true | false",
            })
    void readsWhatTheClientAccepts(String header, boolean gzip, boolean brotli) {
        assertEquals(new AcceptedEncodings(gzip, brotli), AcceptedEncodings.parse(header));
    }
}
