-- Derby backs every identity column with a sequence generator that reserves 100 values at a time
-- in SYS.SYSSEQUENCES. EclipseLink reads each new id with IDENTITY_VAL_LOCAL(), which conflicts with
-- that reservation (DERBY-6934, DERBY-6999): when 50 contact forms arrive at once, the outbox
-- (two mails a request) runs through 100 values within a second, the generator cannot get its
-- catalog row and gives up at once with "too much contention" (40XL1), and the request fails
-- (bench/contact-load). Reserving 1,000 values makes that ten times rarer; the price is a gap of
-- at most 1,000 ids after a crash (an orderly stop gives the unused values back). Database-wide,
-- so it holds however the site is started; the contact form retries the rare conflict left.
CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.language.sequence.preallocator', '1000');
