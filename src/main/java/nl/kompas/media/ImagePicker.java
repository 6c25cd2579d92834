package nl.kompas.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kompas.content.SitePath;

/**
 * The image field of every editor (WEB-INF/includes/admin/image-field.xhtml): an image chosen from
 * the media library or given as a site path, shown as a thumbnail, and cleared with one button. It
 * writes into the editor's own field, whose id the include gives its controls as the attribute
 * "imageField" (and, for content with alt text, "altField"), so the editor's form stays the one
 * thing that is saved, with its own checks.
 */
@Named
@RequestScoped
public class ImagePicker {

    @Inject
    MediaLibrary library;

    private List<LibraryImage> images;
    private String choice;

    /** The library's images, newest first, read once per request. */
    public List<LibraryImage> getImages() {
        if (images == null) {
            images = library.list();
        }
        return images;
    }

    /** What the editor shows of a chosen image: a library image's smallest copy, or the path itself. */
    public String thumbnail(String url) {
        if (!SitePath.isValid(url)) {
            return null;
        }
        return library.find(url).map(LibraryImage::thumbnailUrl).orElse(url);
    }

    /**
     * An image was chosen from the library: it becomes the field's value, and its alt text from the
     * library fills the alt-text field when that is still empty.
     */
    public void chosen(AjaxBehaviorEvent event) {
        UIComponent menu = event.getComponent();
        String url = choice;
        choice = null;
        ((UIInput) menu).resetValue();
        if (url == null || url.isBlank()) {
            return;
        }
        write(menu, "imageField", url);
        UIInput alt = field(menu, "altField");
        if (alt != null && isEmpty(alt.getValue())) {
            library.find(url).ifPresent(image -> write(menu, "altField", image.alt()));
        }
    }

    /** The clear button: no image (the alt text stays, in case the editor picks another). */
    public void clear(ActionEvent event) {
        write(event.getComponent(), "imageField", null);
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }

    /** Sets the model value behind the editor's field, and has the field show it. */
    private static void write(UIComponent control, String attribute, String value) {
        UIInput field = field(control, attribute);
        if (field == null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        field.getValueExpression("value").setValue(context.getELContext(), value);
        field.resetValue();
    }

    private static UIInput field(UIComponent control, String attribute) {
        Object id = control.getAttributes().get(attribute);
        if (id == null || id.toString().isBlank()) {
            return null;
        }
        return control.findComponent(id.toString()) instanceof UIInput input ? input : null;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value.toString().isBlank();
    }
}
