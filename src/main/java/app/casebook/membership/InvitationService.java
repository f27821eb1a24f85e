package app.casebook.membership;

import app.casebook.account.Account;
import app.casebook.account.AccountService;
import app.casebook.account.NewAccounts;
import app.casebook.account.SiteRole;
import app.casebook.base.InvalidInputException;
import app.casebook.base.NotFoundException;
import app.casebook.base.Times;
import app.casebook.casestudy.CaseStudyAccess;
import app.casebook.casestudy.MemberRole;
import app.casebook.casestudy.Permission;
import app.casebook.membership.InvitationRepository.Found;
import app.casebook.security.CasebookUser;
import app.casebook.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to a case study. The owner invites an e-mail address with a role (editor, reviewer or viewer) and gets
 * a link holding a secret token, valid for {@code casebook.invitation.validity} (7 days by default) and usable once.
 * Whoever opens the link accepts it while logged in, or registers with it; that makes them a member with the role.
 * Used, withdrawn, expired and unknown links all get the same answer, {@link #NO_LONGER_VALID}. Publishes
 * {@link InvitationSent}, {@link InvitationWithdrawn} and {@link MemberJoined}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class InvitationService {

    public static final String NO_LONGER_VALID = "This invitation is no longer valid. It may have expired, been used "
            + "or been withdrawn; ask the person who invited you for a new link.";
    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final MemberRepository members;
    private final NewAccounts accounts;
    private final CaseStudyAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;
    private final ObjectProvider<InvitationMailer> mailers;

    InvitationService(InvitationRepository invitations, MemberRepository members, NewAccounts accounts,
                      CaseStudyAccess access, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                      @Value("${casebook.invitation.validity:7d}") Duration validity,
                      ObjectProvider<InvitationMailer> mailers) {
        this.mailers = mailers;
        this.invitations = invitations;
        this.members = members;
        this.accounts = accounts;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
    }

    /**
     * Invites an e-mail address to a case study with a role below owner; the owner only. An earlier pending
     * invitation of the same address to the same case study is withdrawn, so only the newest link works. Members
     * cannot be invited again, and members plus pending invitations stay within {@link MemberService#MAX_MEMBERS}.
     */
    @Transactional
    public NewInvitation invite(long caseStudyId, String email, MemberRole role) {
        access.require(caseStudyId, Permission.MANAGE);
        String address = AccountService.normaliseEmail(email);
        AccountService.validateEmail(address);
        if (role == null || role == MemberRole.OWNER) {
            throw new InvalidInputException("Choose editor, reviewer or viewer.");
        }
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isPresent() && access.roleOf(caseStudyId, existing.get().id()).isPresent()) {
            throw new InvalidInputException(address + " is already a member of this case study.");
        }
        LocalDateTime now = Times.now(clock);
        int replaced = invitations.withdrawPendingFor(caseStudyId, address, now);
        if (members.count(caseStudyId) + invitations.countPending(caseStudyId, now) >= MemberService.MAX_MEMBERS) {
            throw new InvalidInputException("A case study can have at most " + MemberService.MAX_MEMBERS
                    + " members and open invitations together; withdraw an invitation or remove a member first.");
        }
        long me = currentUser.id();
        String token = InvitationTokens.newToken();
        LocalDateTime expires = now.plus(validity);
        long id = invitations.insert(caseStudyId, address, role, InvitationTokens.hash(token), me, now, expires);
        events.publishEvent(new InvitationSent(caseStudyId, me, id, address, role, replaced > 0));
        Invitation invitation = new Invitation(id, caseStudyId, address, role, currentUser.require().displayName(),
                Times.toInstant(now), Times.toInstant(expires));
        // The link is a credential: only the invitation's id goes to the log (OWASP ASVS 7.1.1).
        log.info("Invitation {} to case study {} as {} (valid until {} UTC)", id, caseStudyId, role, expires);
        mailers.ifAvailable(mailer -> {
            try {
                mailer.invitationMade(address, invitation.invitedByName(), invitations.findByTokenHash(
                        InvitationTokens.hash(token), now).map(Found::caseStudyTitle).orElse(""), token);
            } catch (RuntimeException e) {
                log.warn("Invitation {}: its e-mail could not be queued", id, e);
            }
        });
        return new NewInvitation(invitation, token);
    }

    /** The invitations of a case study still waiting to be accepted, newest first; the owner only. */
    @Transactional(readOnly = true)
    public List<Invitation> pending(long caseStudyId) {
        access.require(caseStudyId, Permission.MANAGE);
        return invitations.pending(caseStudyId, Times.now(clock));
    }

    /** Withdraws a pending invitation; the owner only. Its link stops working at once. */
    @Transactional
    public void withdraw(long invitationId) {
        long caseStudyId = invitations.caseStudyOf(invitationId).orElseThrow(() -> new NotFoundException("Invitation"));
        access.require(caseStudyId, Permission.MANAGE);
        if (!invitations.withdraw(invitationId, Times.now(clock))) {
            throw new InvalidInputException("This invitation was already accepted, withdrawn or has expired.");
        }
        events.publishEvent(new InvitationWithdrawn(caseStudyId, currentUser.id(), invitationId,
                invitations.emailOf(invitationId).orElse("someone")));
    }

    /**
     * What a link's token stands for, shown to whoever opens it, logged in or not; empty when the invitation is no
     * longer valid (or never was).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationLanding> open(String token) {
        return valid(token).map(f -> new InvitationLanding(f.caseStudyId(), f.email(), f.role(), f.caseStudyTitle(),
                f.invitedByName(),
                Times.toInstant(f.expiresAt()), accounts.findByEmail(f.email()).isPresent(),
                currentUser.get().flatMap(u -> access.roleOf(f.caseStudyId(), u.accountId())).isPresent()));
    }

    /**
     * Accepts an invitation as the logged-in person, who becomes a member with its role; returns the case study.
     * The link is used up. Refused for someone who is a member already, without using the link up.
     */
    @Transactional
    public long accept(String token) {
        Found f = valid(token).orElseThrow(() -> new InvalidInputException(NO_LONGER_VALID));
        CasebookUser me = currentUser.require();
        if (access.roleOf(f.caseStudyId(), me.accountId()).isPresent()) {
            throw new InvalidInputException("You are already a member of this case study.");
        }
        join(f, me.accountId(), me.displayName());
        return f.caseStudyId();
    }

    /**
     * Creates an account with a valid invitation, for someone not logged in, and makes it a member with the
     * invitation's role; the link is used up. The e-mail address may differ from the one invited; a taken address
     * is refused (that person logs in and accepts instead).
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Account register(String token, String displayName, String email, String password) {
        Found f = valid(token).orElseThrow(() -> new InvalidInputException(NO_LONGER_VALID));
        String address = AccountService.normaliseEmail(email);
        if (accounts.findByEmail(address).isPresent()) {
            throw new InvalidInputException(
                    "An account with this e-mail address already exists. Log in, then open the invitation link again.");
        }
        Account account = accounts.create(address, displayName, password, SiteRole.USER, null,
                "Registered with an invitation from " + f.invitedByName());
        join(f, account.id(), account.displayName());
        return account;
    }

    /**
     * Uses up the invitation and adds the person with its role. Refused, changing nothing, when the link was used
     * meanwhile, the case study is gone, the person is a member already or the case study is full.
     */
    private void join(Found f, long accountId, String displayName) {
        if (!invitations.markAccepted(f.id(), accountId, Times.now(clock))) {
            throw new InvalidInputException(NO_LONGER_VALID);
        }
        if (f.role() == MemberRole.OWNER) {
            throw new InvalidInputException("A case study has one owner.");
        }
        if (!members.caseStudyExists(f.caseStudyId())) {
            throw new InvalidInputException("This case study no longer exists.");
        }
        if (members.member(f.caseStudyId(), accountId).isPresent()) {
            throw new InvalidInputException("You are already a member of this case study.");
        }
        if (members.count(f.caseStudyId()) >= MemberService.MAX_MEMBERS) {
            throw new InvalidInputException("A case study can have at most " + MemberService.MAX_MEMBERS + " members.");
        }
        members.insert(f.caseStudyId(), accountId, f.role(), f.invitedBy(), Times.now(clock));
        events.publishEvent(new MemberJoined(f.caseStudyId(), accountId, accountId, displayName, f.role()));
    }

    private Optional<Found> valid(String token) {
        if (!InvitationTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationTokens.hash(token), Times.now(clock))
                .filter(f -> f.pending() && f.caseStudyTitle() != null);
    }
}
