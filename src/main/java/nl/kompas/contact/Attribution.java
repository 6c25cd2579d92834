package nl.kompas.contact;

import java.util.List;
import nl.kompas.consultant.Consultant;
import nl.kompas.offering.Offering;

/**
 * Where a request came from: the page's path, its kind (article, case, service, consultant, contact
 * or page) and title, the service and consultant it belongs to (the first, when it has several), and
 * for routing all its services and people (an article's authors, a case's consultants).
 */
public record Attribution(
        String path,
        String kind,
        String title,
        Offering offering,
        Consultant consultant,
        List<Offering> services,
        List<Consultant> people) {

    public Attribution {
        services = List.copyOf(services);
        people = List.copyOf(people);
    }

    static Attribution of(String path, String kind, String title, List<Offering> services, List<Consultant> people) {
        return new Attribution(
                path,
                kind,
                title,
                services.isEmpty() ? null : services.get(0),
                people.size() == 1 ? people.get(0) : null,
                services,
                people);
    }

    static Attribution unknown() {
        return new Attribution(null, null, null, null, null, List.of(), List.of());
    }
}
