package nl.kompas.media;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** An image that cannot be deleted, with the content that uses it. */
public class MediaInUse extends MediaRefusal {

    private final transient List<MediaUsage> usages;

    MediaInUse(List<MediaUsage> usages) {
        super(Field.NONE, "media.delete.in-use");
        this.usages = List.copyOf(usages);
    }

    public List<MediaUsage> usages() {
        return usages;
    }

    /** One argument: "artikel ‘…’, consultant ‘…’". */
    @Override
    protected Object[] arguments(ResourceBundle messages, Locale locale) {
        String usedBy = usages.stream()
                .map(usage -> new MessageFormat(messages.getString(usage.kind().messageKey()), locale)
                        .format(new Object[] {usage.title()}))
                .collect(Collectors.joining(", "));
        return new Object[] {usedBy};
    }
}
