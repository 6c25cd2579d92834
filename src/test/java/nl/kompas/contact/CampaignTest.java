package nl.kompas.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The campaign comes from the Referer of a form's post, only when that is a page of this site. */
class CampaignTest {

    @Test
    void theLandingUrlsUtmParametersAreRead() {
        Campaign campaign = Campaign.fromReferer(
                "https://www.koersvast.example/cases/x?utm_source=nieuws%20brief&utm_medium=mail&other=1&utm_campaign=herfst",
                "www.koersvast.example");
        assertEquals("nieuws brief", campaign.source());
        assertEquals("mail", campaign.medium());
        assertEquals("herfst", campaign.campaign());
        assertEquals(
                Map.of("utm_source", "nieuws brief", "utm_medium", "mail", "utm_campaign", "herfst"),
                campaign.parameters());
    }

    @Test
    void anotherSiteOrNoQueryGivesNone() {
        assertTrue(Campaign.fromReferer("https://evil.example/?utm_source=x", "www.koersvast.example")
                .isEmpty());
        assertTrue(Campaign.fromReferer("https://www.koersvast.example/contact", "www.koersvast.example")
                .isEmpty());
        assertTrue(Campaign.fromReferer("not a url at all", "www.koersvast.example")
                .isEmpty());
        assertTrue(Campaign.fromReferer(null, "www.koersvast.example").isEmpty());
    }

    @Test
    void valuesAreCutAndLoseControlCharacters() {
        Campaign campaign = Campaign.fromReferer(
                "http://localhost:8080/?utm_source=" + "a".repeat(300) + "&utm_term=x%0Ay", "localhost:8080");
        assertEquals(200, campaign.source().length());
        assertEquals("xy", campaign.term());
    }
}
