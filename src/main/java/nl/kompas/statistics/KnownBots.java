package nl.kompas.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recognises crawlers, link previews, monitors and scripts by their User-Agent, so that the
 * statistics count people. The words are in {@code site.statistics.bots} (see the README); a
 * request without a User-Agent is no browser either. Browsers name themselves "Mozilla/5.0 …
 * Chrome/… Safari/…", which none of the words match.
 */
@ApplicationScoped
public class KnownBots {

    @Inject
    @ConfigProperty(name = "site.statistics.bots")
    String configured;

    private List<String> words;

    @PostConstruct
    void read() {
        words = words(configured);
    }

    /** The words of a comma-separated list, in lower case, without blanks. */
    static List<String> words(String list) {
        return Arrays.stream(list.split(","))
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Whether a request with this User-Agent header is a bot rather than a person's browser. */
    public boolean isBot(String userAgent) {
        return isBot(userAgent, words);
    }

    static boolean isBot(String userAgent, List<String> words) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (agent.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
