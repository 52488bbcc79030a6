package org.claimdesk.desk.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.review.ClaimAssignmentService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** Who this one claim is assigned to; editors assign it to a reviewer here (it then leads their queue). */
class ClaimAssignees extends HorizontalLayout {

    final Span assigned = new Span();
    final ComboBox<String> reviewer = new ComboBox<>();
    final Button assign = new Button(getTranslation("assignees.assign"));

    ClaimAssignees(Long claimId, ClaimAssignmentService assignments) {
        setId("claim-assignees");
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        assigned.setId("claim-assigned");
        show(assignments.assignees(claimId));
        add(assigned);
        if (CurrentUser.hasRole(Role.EDITOR)) {
            reviewer.setId("claim-assign-reviewer");
            reviewer.setAriaLabel(getTranslation("assignees.reviewer-label"));
            reviewer.setPlaceholder(getTranslation("assignees.reviewer"));
            reviewer.setItems(assignments.reviewers());
            assign.setId("claim-assign");
            assign.addClickListener(e -> ServiceAction.run(() -> assignments.assign(claimId, reviewer.getValue()),
                    getTranslation("assignees.assigned", reviewer.getValue()), () -> {
                        reviewer.clear();
                        show(assignments.assignees(claimId));
                    }));
            add(reviewer, assign);
        }
    }

    private void show(List<String> names) {
        String me = CurrentUser.username().orElse("");
        assigned.setText(names.isEmpty() ? getTranslation("assignees.none")
                : getTranslation("assignees.list", String.join(", ", names.stream()
                        .map(n -> n.equals(me) ? getTranslation("assignees.you", n) : n).toList())));
    }
}
