package app.casebook.base.ui;

import com.vaadin.flow.component.Component;

/**
 * An item a feature puts in the top bar of every logged-in page (the person and "log out", the notification bell),
 * so that the frame depends on no feature. Beans are asked once per page frame, ordered by {@link #order()}.
 */
public interface HeaderContribution {

    /** Smaller first, from left to right after the brand. */
    int order();

    Component create();
}
