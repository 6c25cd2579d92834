package nl.kompas.sharing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import nl.kompas.article.Article;
import nl.kompas.article.Category;
import nl.kompas.article.Tag;
import nl.kompas.casestudy.CaseStudy;
import nl.kompas.consultant.Consultant;

/**
 * schema.org data for search engines and link previews, one JSON-LD object per call, built with
 * Jakarta JSON Processing so that every value is escaped as JSON. Every URL in it is absolute.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    /** A step of a breadcrumb trail: its visible name and absolute URL. */
    record Crumb(String name, String url) {}

    private StructuredData() {}

    /**
     * "BlogPosting" for an article whose type label says it is a blog ("Blog", "Blogpost",
     * "Blogbericht"), "Article" for the rest. A firm's "Artikel", "Interview" or "Opinie" is a
     * piece of its knowledge section, not a blog post, and schema.org's Article is the type that
     * says so; search engines treat both the same, so the choice only labels the content truthfully.
     */
    static String articleType(String typeLabel) {
        return typeLabel != null && typeLabel.strip().toLowerCase(Locale.ROOT).startsWith("blog")
                ? "BlogPosting"
                : "Article";
    }

    /** The firm on its home page: name, address, logo, contact details and profiles elsewhere. */
    static JsonObject organization(SiteIdentity site) {
        return Json.createObjectBuilder()
                .add("@context", CONTEXT)
                .addAll(organizationFields(site))
                .build();
    }

    private static JsonObjectBuilder organizationFields(SiteIdentity site) {
        JsonObjectBuilder organization = publisher(site);
        if (!site.description().isBlank()) {
            organization.add("description", site.description());
        }
        organization.add("email", site.email());
        if (!site.telephone().isBlank()) {
            organization.add("telephone", site.telephone());
        }
        if (!site.sameAs().isEmpty()) {
            organization.add("sameAs", strings(site.sameAs()));
        }
        return organization;
    }

    /** An article as BlogPosting or Article: headline, dates, authors, publisher, image, tags. */
    static JsonObject article(Article article, String pageUrl, PreviewImage image, SiteIdentity site) {
        JsonObjectBuilder data = withContext(articleType(article.getTypeLabel()));
        addCreativeWork(
                data,
                article.getTitle(),
                article.getSummary(),
                article.getPublishedOn(),
                article.getUpdatedAt(),
                pageUrl,
                image,
                site);
        data.add("author", people(article.getAuthors(), site));
        if (!article.getTags().isEmpty()) {
            data.add(
                    "keywords",
                    strings(article.getTags().stream().map(Tag::getName).toList()));
        }
        if (!article.getCategories().isEmpty()) {
            data.add(
                    "articleSection",
                    strings(article.getCategories().stream()
                            .map(Category::getName)
                            .toList()));
        }
        return data.build();
    }

    /** A case study as an Article about its client, written by the consultants who did the work. */
    static JsonObject caseStudy(CaseStudy caseStudy, String pageUrl, PreviewImage image, SiteIdentity site) {
        JsonObjectBuilder data = withContext("Article");
        addCreativeWork(
                data,
                caseStudy.getTitle(),
                caseStudy.getSummary(),
                caseStudy.getPublishedOn(),
                caseStudy.getUpdatedAt(),
                pageUrl,
                image,
                site);
        if (caseStudy.getConsultants().isEmpty()) {
            data.add("author", publisher(site));
        } else {
            data.add("author", people(caseStudy.getConsultants(), site));
        }
        data.add(
                "about", Json.createObjectBuilder().add("@type", "Organization").add("name", caseStudy.getClient()));
        return data.build();
    }

    /** A consultant's profile: who they are, what they do, for whom, and where else to find them. */
    static JsonObject person(Consultant consultant, String pageUrl, String photoUrl, SiteIdentity site) {
        JsonObjectBuilder person = withContext("Person");
        addPersonFields(person, consultant, site);
        person.add("url", pageUrl);
        person.add("mainEntityOfPage", pageUrl);
        person.add(
                "worksFor",
                Json.createObjectBuilder()
                        .add("@type", "Organization")
                        .add("name", site.name())
                        .add("url", site.home()));
        if (photoUrl != null) {
            person.add("image", photoUrl);
        }
        if (consultant.getEmail() != null && !consultant.getEmail().isBlank()) {
            person.add("email", consultant.getEmail());
        }
        return person.build();
    }

    /** A breadcrumb trail, in the order the page shows it. */
    static JsonObject breadcrumbs(List<Crumb> trail) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < trail.size(); i++) {
            items.add(Json.createObjectBuilder()
                    .add("@type", "ListItem")
                    .add("position", i + 1)
                    .add("name", trail.get(i).name())
                    .add("item", trail.get(i).url()));
        }
        return withContext("BreadcrumbList").add("itemListElement", items).build();
    }

    /** A page that lists articles, cases, services or consultants. */
    static JsonObject collectionPage(String name, String description, String pageUrl, SiteIdentity site) {
        return webPage("CollectionPage", name, description, pageUrl, site).build();
    }

    /** The contact page, with the firm and its contact details as the page's subject. */
    static JsonObject contactPage(String name, String description, String pageUrl, SiteIdentity site) {
        return webPage("ContactPage", name, description, pageUrl, site)
                .add("mainEntity", organizationFields(site))
                .build();
    }

    /** Any other page. */
    static JsonObject page(String name, String description, String pageUrl, SiteIdentity site) {
        return webPage("WebPage", name, description, pageUrl, site).build();
    }

    private static JsonObjectBuilder webPage(
            String type, String name, String description, String pageUrl, SiteIdentity site) {
        return withContext(type)
                .add("name", name)
                .add("description", description)
                .add("url", pageUrl)
                .add("inLanguage", site.language())
                .add(
                        "isPartOf",
                        Json.createObjectBuilder()
                                .add("@type", "WebSite")
                                .add("name", site.name())
                                .add("url", site.home()))
                .add("publisher", publisher(site));
    }

    private static void addCreativeWork(
            JsonObjectBuilder data,
            String title,
            String description,
            LocalDate published,
            Instant modified,
            String pageUrl,
            PreviewImage image,
            SiteIdentity site) {
        data.add("headline", title)
                .add("description", description)
                .add("datePublished", published.toString())
                .add(
                        "dateModified",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                modified.truncatedTo(ChronoUnit.SECONDS).atZone(site.zone())))
                .add("inLanguage", site.language())
                .add("url", pageUrl)
                .add(
                        "mainEntityOfPage",
                        Json.createObjectBuilder().add("@type", "WebPage").add("@id", pageUrl))
                .add(
                        "image",
                        Json.createObjectBuilder()
                                .add("@type", "ImageObject")
                                .add("url", image.getUrl())
                                .add("width", image.getWidth())
                                .add("height", image.getHeight()))
                .add("publisher", publisher(site));
    }

    private static JsonArrayBuilder people(List<Consultant> consultants, SiteIdentity site) {
        JsonArrayBuilder people = Json.createArrayBuilder();
        for (Consultant consultant : consultants) {
            JsonObjectBuilder person = Json.createObjectBuilder().add("@type", "Person");
            addPersonFields(person, consultant, site);
            person.add("url", site.profile(consultant.getSlug()));
            people.add(person);
        }
        return people;
    }

    private static void addPersonFields(JsonObjectBuilder person, Consultant consultant, SiteIdentity site) {
        person.add("name", consultant.getName());
        if (!consultant.getRole().isBlank()) {
            person.add("jobTitle", consultant.getRole());
        }
        if (consultant.getLinkedinUrl() != null && !consultant.getLinkedinUrl().isBlank()) {
            person.add("sameAs", Json.createArrayBuilder().add(consultant.getLinkedinUrl()));
        }
    }

    /** The firm as publisher: name, address and logo. */
    private static JsonObjectBuilder publisher(SiteIdentity site) {
        return Json.createObjectBuilder()
                .add("@type", "Organization")
                .add("name", site.name())
                .add("url", site.home())
                .add(
                        "logo",
                        Json.createObjectBuilder().add("@type", "ImageObject").add("url", site.logoUrl()));
    }

    private static JsonObjectBuilder withContext(String type) {
        return Json.createObjectBuilder().add("@context", CONTEXT).add("@type", type);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
