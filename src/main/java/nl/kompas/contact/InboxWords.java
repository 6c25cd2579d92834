package nl.kompas.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import nl.kompas.platform.web.MessageFormats;

/** How the inbox pages say a request's routing decision and its time to first response in words. */
@Named
@ApplicationScoped
public class InboxWords {

    @Inject
    MessageFormats formats;

    /** "2 u 05 min", or empty while nobody responded. */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        return formats.message("inbox.duration", duration.toHours(), String.format("%02d", duration.toMinutesPart()));
    }

    /** The routing decision in words, from its stored key and values. */
    public String reason(ContactRequest request) {
        List<String> parts = RoutingDecision.parts(request.getRoutingDetail());
        if (parts.isEmpty()) {
            return "";
        }
        return formats.message(parts.get(0), parts.subList(1, parts.size()).toArray());
    }
}
