package org.opencall.home;

/** A link below a home panel. */
public record HomeLink(String text, String href) {

}
