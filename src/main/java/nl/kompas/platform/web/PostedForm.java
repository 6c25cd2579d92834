package nl.kompas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain HTML form a visitor posted to a public page: what was typed in each field, and at most
 * one message per field that is wrong, as a resource bundle key. When a field is wrong the page is
 * shown again with both, so nothing typed is lost (see {@link PublicFormServlet}).
 */
public final class PostedForm {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String problemKey;
    private Object problemArgument;

    /** The named fields of the request, stripped; a missing field is empty. */
    public static PostedForm read(HttpServletRequest request, List<String> fields) {
        PostedForm form = new PostedForm();
        for (String field : fields) {
            String value = request.getParameter(field);
            form.values.put(field, value == null ? "" : value.strip());
        }
        return form;
    }

    /** A form with these values, for tests and for services called without a request. */
    public static PostedForm of(Map<String, String> values) {
        PostedForm form = new PostedForm();
        form.values.putAll(values);
        return form;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Marks a field as wrong with this message key; the first message of a field stays. */
    public void reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
    }

    /** The message key of a wrong field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /**
     * Marks the whole form as refused, with a message for the person who sent it that may name one
     * value ({0}), such as the minutes to wait.
     */
    public void refuse(String messageKey, Object argument) {
        this.problemKey = messageKey;
        this.problemArgument = argument;
    }

    /** The message key of why the whole form was refused, or null. */
    public String getProblemKey() {
        return problemKey;
    }

    public Object getProblemArgument() {
        return problemArgument;
    }

    public boolean isValid() {
        return errors.isEmpty() && problemKey == null;
    }

    /** The wrong fields in the order they were found, with their message keys. */
    public Map<String, String> getErrors() {
        return Map.copyOf(errors);
    }

    /** For the views: {@code #{form.values['email']}}. */
    public Map<String, String> getValues() {
        return values;
    }
}
