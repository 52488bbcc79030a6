package org.claimdesk.base.ui;

import com.vaadin.flow.component.Component;

/**
 * vaadin-tabs (25.2) draws its scroll box as {@code <div id="scroll" tabindex="-1">} inside the
 * {@code role="tablist"}, which axe-core reports as a critical aria-required-children violation: a tab list
 * may hold only tabs. The tabs themselves keep their roving tabindex, so dropping the box's attribute changes
 * no keyboard behaviour and leaves the tab list with tabs only. Runs in the browser when the component is
 * attached (no frontend bundle); the attribute is static in the component's template, so it stays removed.
 */
public final class TabsAccessibility {

    private static final String SCRIPT = """
            const host = this;
            customElements.whenDefined('vaadin-tabs').then(() => {
              const tabs = host.localName === 'vaadin-tabs' ? host : host.querySelector('vaadin-tabs');
              const drop = () => {
                const box = tabs && tabs.shadowRoot && tabs.shadowRoot.getElementById('scroll');
                if (box) { box.removeAttribute('tabindex'); } else if (tabs) { requestAnimationFrame(drop); }
              };
              drop();
            });""";

    private TabsAccessibility() {
    }

    /** For a TabSheet or Tabs: its tab list holds only tabs. */
    public static <T extends Component> T fix(T tabsOrTabSheet) {
        tabsOrTabSheet.addAttachListener(e -> tabsOrTabSheet.getElement().executeJs(SCRIPT));
        return tabsOrTabSheet;
    }
}
