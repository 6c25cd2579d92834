package nl.kompas.casestudy;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kompas.editing.PublishableForm;

/**
 * What the case editor shows and sends back: every front-matter field as entered, the client's
 * quotes as rows that can be added and removed, plus the version it was loaded at (see {@link
 * PublishableForm}). {@link CaseEditing} checks and applies it; nothing here is trusted.
 */
public class CaseForm extends PublishableForm {

    private static final long serialVersionUID = 1L;

    /** One quote as typed: both parts are checked on save; a row left empty is skipped. */
    public static final class QuoteLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private String by;

        public QuoteLine() {}

        public QuoteLine(String text, String by) {
            this.text = text;
            this.by = by;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getBy() {
            return by;
        }

        public void setBy(String by) {
            this.by = by;
        }
    }

    private String client;
    private String sector;
    private LocalDate date;
    private String summary;
    private boolean featured;
    private String image;
    private String imageAlt;
    private List<Long> offeringIds = new ArrayList<>();
    private List<Long> consultantIds = new ArrayList<>();
    private List<QuoteLine> quotes = new ArrayList<>();

    /** The case as it is stored now. */
    public static CaseForm of(CaseStudy caseStudy) {
        CaseForm form = new CaseForm();
        form.loaded(caseStudy);
        form.client = caseStudy.getClient();
        form.sector = caseStudy.getSector();
        form.date = caseStudy.getPublishedOn();
        form.summary = caseStudy.getOwnSummary();
        form.featured = caseStudy.isFeatured();
        form.image = caseStudy.getImage();
        form.imageAlt = caseStudy.getImageAlt();
        caseStudy.getOfferings().forEach(offering -> form.offeringIds.add(offering.getId()));
        caseStudy.getConsultants().forEach(consultant -> form.consultantIds.add(consultant.getId()));
        caseStudy.getQuotes().forEach(quote -> form.quotes.add(new QuoteLine(quote.getText(), quote.getBy())));
        return form;
    }

    /** Adds an empty quote row at the end. */
    public void addQuote() {
        quotes.add(new QuoteLine());
    }

    public void removeQuote(int index) {
        if (index >= 0 && index < quotes.size()) {
            quotes.remove(index);
        }
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public List<Long> getOfferingIds() {
        return offeringIds;
    }

    public void setOfferingIds(List<Long> offeringIds) {
        this.offeringIds = offeringIds == null ? new ArrayList<>() : new ArrayList<>(offeringIds);
    }

    public List<Long> getConsultantIds() {
        return consultantIds;
    }

    public void setConsultantIds(List<Long> consultantIds) {
        this.consultantIds = consultantIds == null ? new ArrayList<>() : new ArrayList<>(consultantIds);
    }

    public List<QuoteLine> getQuotes() {
        return quotes;
    }

    public void setQuotes(List<QuoteLine> quotes) {
        this.quotes = quotes == null ? new ArrayList<>() : new ArrayList<>(quotes);
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public String getImageAlt() {
        return imageAlt;
    }

    public void setImageAlt(String imageAlt) {
        this.imageAlt = imageAlt;
    }
}
