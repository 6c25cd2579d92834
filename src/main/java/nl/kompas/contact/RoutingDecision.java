package nl.kompas.contact;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who gets a request and why.
 *
 * @param consultantId the consultant, or null for the general inbox
 * @param rule the rule that decided
 * @param reason the bundle key of the decision in words ("routing.reason.topic"), shown in the inbox
 * @param arguments the values the reason's message names (a name, a service, a count)
 */
public record RoutingDecision(Long consultantId, RoutingRule rule, String reason, List<String> arguments) {

    static RoutingDecision of(Long consultantId, RoutingRule rule, String reason, Object... arguments) {
        return new RoutingDecision(
                consultantId,
                rule,
                reason,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** Stored as "key|argument|argument", with "|" in an argument dropped. */
    String stored() {
        return reason
                + arguments.stream()
                        .map(argument -> "|" + argument.replace("|", " "))
                        .collect(Collectors.joining());
    }

    /** The key and arguments of a stored decision. */
    static List<String> parts(String stored) {
        return stored == null ? List.of() : List.of(stored.split("\\|", -1));
    }
}
