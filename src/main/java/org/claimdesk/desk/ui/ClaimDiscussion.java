package org.claimdesk.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.CommentView;
import org.claimdesk.review.Discussion;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * The claim's discussion between its reviewers and the editor, oldest first, with a box to post to it. Under
 * blind review a reviewer reads others' comments only after submitting their own verdict (the service decides).
 */
class ClaimDiscussion extends Div {

    final Div thread = new Div();
    final TextArea input = new TextArea(getTranslation("discussion.add"));
    final Button post = new Button(getTranslation("discussion.post"));
    private final Long claimId;
    private final CommentService comments;

    ClaimDiscussion(Long claimId, CommentService comments) {
        this.claimId = claimId;
        this.comments = comments;
        setId("discussion");
        addClassName("discussion");
        thread.setId("comments");
        add(new H4(getTranslation("discussion.title")), thread);
        if (CurrentUser.hasRole(Role.REVIEWER) || CurrentUser.hasRole(Role.EDITOR)) {
            input.setId("comment-text");
            input.setWidthFull();
            input.setMaxLength(CommentService.MAX_TEXT);
            input.setHelperText(getTranslation("discussion.help"));
            input.addValueChangeListener(e -> input.setInvalid(false));
            post.setId("post-comment");
            post.addClickListener(e -> post());
            add(input, post);
        }
        refresh();
    }

    private void post() {
        ServiceAction.run(() -> {
            try {
                comments.post(claimId, input.getValue());
            } catch (InvalidInputException refused) {
                input.setErrorMessage(Texts.message(refused));
                input.setInvalid(true);
                throw refused;
            }
        }, getTranslation("discussion.posted"), () -> {
            input.clear();
            refresh();
        });
    }

    private void refresh() {
        thread.removeAll();
        Discussion discussion = comments.discussion(claimId);
        for (CommentView c : discussion.comments()) {
            Span head = new Span(c.author() + " · " + Formats.dateTime(c.createdAt()));
            head.addClassName("comment-head");
            Paragraph text = new Paragraph(c.text());
            text.getStyle().set("white-space", "pre-wrap").set("margin", "0.25rem 0 0.75rem");
            Div comment = new Div(head, text);
            comment.addClassName("comment");
            thread.add(comment);
        }
        if (discussion.hidden() > 0) {
            Span hidden = new Span(getTranslation(discussion.hidden() == 1 ? "discussion.hidden.one" : "discussion.hidden.many",
                    discussion.hidden()));
            hidden.setId("hidden-comments");
            hidden.addClassName("hidden-verdicts");
            thread.add(hidden);
        }
        if (thread.getChildren().findAny().isEmpty()) {
            thread.add(new Span(getTranslation("discussion.none")));
        }
    }
}
