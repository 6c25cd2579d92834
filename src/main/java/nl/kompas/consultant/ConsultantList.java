package nl.kompas.consultant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Every consultant, by name: /consultants. */
@Named
@RequestScoped
public class ConsultantList {

    @Inject
    ConsultantRepository consultants;

    private List<Consultant> items;

    public List<Consultant> getItems() {
        if (items == null) {
            items = consultants.findAll();
        }
        return items;
    }
}
