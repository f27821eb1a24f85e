package app.casebook.account;

import app.casebook.security.AccountStandings;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the session guard whether an account's sessions may go on, from the account table. */
@Component
class AccountSessionStandings implements AccountStandings {

    private final AccountRepository accounts;

    AccountSessionStandings(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Standing> find(long accountId) {
        return Optional.ofNullable(accounts.standings(java.util.List.of(accountId)).get(accountId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Standing> findAll(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Map.of() : accounts.standings(accountIds);
    }
}
