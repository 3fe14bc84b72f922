package uk.gov.la.ei.wellbeing.application;

import java.util.Set;
import java.util.TreeSet;

/** Who did something, as the audit log records it: a person (e-mail and roles) or this service itself. */
public record Actor(String id, String name, String roles) {

    public static Actor person(String email, String name, Set<String> roles) {
        String id = email == null ? "unknown" : email;
        return new Actor(id, name == null ? id : name, String.join(",", new TreeSet<>(roles)));
    }

    /** This service acting on another service's event, or on its own clock (a watch, the retention job). */
    public static Actor system(String what) {
        return new Actor("system:" + what, "wellbeing-service", "system");
    }
}
