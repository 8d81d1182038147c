// GENERATED from apps/api/openapi.json by tools/generate-api-client.mjs — do not edit.
// Regenerate: npx nx run api-client:generate (after npx nx run api:openapi).

export interface paths {
    "/api/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read my personal data, newest first */
        get: operations["MyAccessLogController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A candidate signs up alone (others are invited): mails a link that creates the account. Answers the same whether or not the e-mail is known */
        post: operations["AuthController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/employer-signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A firm signs up alone (name, town, contact person, e-mail): mails a link that creates firm and manager account. Answers the same whether or not the e-mail is known; searching candidates waits for a check by IBA staff or a coordinator */
        post: operations["AuthController_employerSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The link from the sign-up mail: creates the candidate account (or the firm and its manager) and signs in */
        post: operations["AuthController_confirmSignup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: sets the session cookies and returns a bearer token for API clients */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/access-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A candidate without e-mail signs in with the printed one-time code and sets a password */
        post: operations["AuthController_accessCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New access token from the refresh cookie (the refresh token rotates) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session on the server and clears the cookies */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A CSRF token for cookie-authenticated writes (header X-CSRF-Token) */
        get: operations["AuthController_csrfToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a reset link; answers the same whether or not the e-mail is known */
        post: operations["AuthController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the link from the mail; ends all sessions */
        post: operations["AuthController_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/barrier-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reports an accessibility barrier (anonymous allowed; an e-mail only for a reply): stored and mailed to every coordinator */
        post: operations["BarriersController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/district": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * District report: published profiles and employer searches by month, town or occupational field
         * @description Counts only, no personal data. No count below 5 is shown (null); where one small count could be worked out from the total, further cells are suppressed (see docs/reports.md).
         */
        get: operations["ReportsController_district"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/district/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The district report as CSV (suppressed cells as "<5") */
        get: operations["ReportsController_districtCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-searches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved searches, newest first, with how many alerts each has */
        get: operations["SavedSearchesController_list"];
        put?: never;
        /**
         * Save a search: employers (verified firm) a candidate search, candidates and mentors an offer search
         * @description What the search finds now is not alerted; later new results are (in the app and in a daily digest mail). At most 50 per account (SAVED_SEARCH_LIMIT_REACHED).
         */
        post: operations["SavedSearchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-searches/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * New results of my saved searches (pseudonyms or offer titles), newest first; logged
         * @description Candidates no longer visible and offers no longer listed drop out.
         */
        get: operations["SavedSearchesController_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-searches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a saved search and its alerts */
        delete: operations["SavedSearchesController_delete"];
        options?: never;
        head?: never;
        /** Rename a saved search */
        patch: operations["SavedSearchesController_rename"];
        trace?: never;
    };
    "/api/saved-searches/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Run a saved candidate search (as GET /api/candidate-search with its filters; logged) */
        get: operations["SavedSearchesController_runCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-searches/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Run a saved offer search (as GET /api/job-board/offers with its filters) */
        get: operations["SavedSearchesController_runOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open-house days, newest first */
        get: operations["OpenHouseController_list"];
        put?: never;
        /** Create an open-house day */
        post: operations["OpenHouseController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days I (a mentor: this authorised candidate) am registered for */
        get: operations["OpenHouseController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An open-house day with its sites and groups (logged) */
        get: operations["OpenHouseController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a site: a firm site (company + town + coordinates) or a housing site (name + town) */
        post: operations["OpenHouseController_addSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registrations: pseudonyms, first names where allowed, languages, interpreter needs (logged) */
        get: operations["OpenHouseController_registrations"];
        put?: never;
        /** Register a candidate (themselves; a mentor an authorised candidate; staff anyone) */
        post: operations["OpenHouseController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a group from one housing site with its mentor (all or none) */
        post: operations["OpenHouseController_registerGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stored plan with every conflict (logged) */
        get: operations["OpenHouseController_storedPlan"];
        put?: never;
        /** Plan the day: routes of visits by match quality, with score and upper bound; replaces the stored plan */
        post: operations["OpenHouseController_plan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}/plan/edits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move, add or remove a visit by hand; stored, and the conflicts of the new plan returned at once */
        post: operations["OpenHouseController_edit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}/sites/{siteId}/visitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A site’s visitors per slot (employers: their firm’s sites only; logged) */
        get: operations["OpenHouseController_visitors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-house-days/{id}/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One candidate’s route of the day (candidates: their own) */
        get: operations["OpenHouseController_route"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job fairs (mentors and candidates: those they take part in) */
        get: operations["JobFairsController_list"];
        put?: never;
        /** Create a job fair */
        post: operations["JobFairsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fair with exhibitors, fair mentors and candidates with their pairing (logged) */
        get: operations["JobFairsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/exhibitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an exhibitor: a registered firm with its offers, or a firm entered by hand with occupations */
        post: operations["JobFairsController_addExhibitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a fair mentor (volunteer, staff or established migrant) with languages and capacity */
        post: operations["JobFairsController_addMentor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a candidate for the fair (themselves; a mentor an authorised candidate) */
        post: operations["JobFairsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/pairing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose the pairing: language match first, then town, then balanced groups; pairs set by hand are kept */
        post: operations["JobFairsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/pairing/{candidateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Pair a candidate with a fair mentor by hand (mentorId null: none) */
        put: operations["JobFairsController_editPair"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every personal plan, by mentor group: exhibitors in booth order with why each fits (logged) */
        get: operations["JobFairsController_plans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/my-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A fair mentor’s group: each young person’s plan and the group’s walk (logged) */
        get: operations["JobFairsController_myGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-fairs/{id}/my-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My plan for the fair: exhibitors that fit me, in booth order, with why */
        get: operations["JobFairsController_myPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events by day; drafts only for staff (coordinators, IBA staff, admins) */
        get: operations["EventsController_list"];
        put?: never;
        /** Create an event (a draft) */
        post: operations["EventsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One event (a draft is a 404 for everyone but staff) */
        get: operations["EventsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an event (not once held; rounds are fixed once there is a schedule) */
        patch: operations["EventsController_update"];
        trace?: never;
    };
    "/api/events/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the event on: draft → open → closed → held (409 EVENT_STATUS_TRANSITION otherwise) */
        post: operations["EventsController_setStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every registration with names and codes (check-in search by name or code); logged */
        get: operations["EventsController_registrations"];
        put?: never;
        /**
         * Register: a firm with the offers it brings, a candidate themself, a mentor for an authorised candidate
         * @description Confirmed while there is room, else on the waiting list (a mail either way).
         */
        post: operations["EventsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/my-registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My registrations for the event (my firm’s, my own, my mentees’) */
        get: operations["EventsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel a registration; the first on the waiting list moves up */
        delete: operations["EventsController_cancel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Candidates/mentors: firms to meet (mustMeet); firms: candidates not to meet (mustNot) */
        put: operations["EventsController_wishes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/absent-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rounds (1-based) the participant is not there */
        put: operations["EventsController_absent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/firms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Firms registered (confirmed) with the titles of their offers */
        get: operations["EventsController_firms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered candidates by pseudonym, for a registered firm’s must-not list; counted in the log */
        get: operations["EventsController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole schedule with score and bound (wall plan); logged */
        get: operations["EventsController_schedule"];
        /** Import a schedule planned offline (ids are the codes of the exported instance) */
        put: operations["EventsController_importSchedule"];
        /** Generate the speed-dating schedule (matching scores, interpreters, wishes, absences); not yet published */
        post: operations["EventsController_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/schedule/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The planning problem as an instance file (docs/speed-dating-format.md) */
        get: operations["EventsController_instance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/schedule/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the schedule: participants see their plans and get a mail */
        post: operations["EventsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/schedule/replan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-plan after no-shows and walk-ins: started rounds stay, few published meetings move */
        post: operations["EventsController_replan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a participant in by the code on their plan */
        post: operations["EventsController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a participant in (found by name) */
        post: operations["EventsController_checkInById"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a participant as not there (re-plan afterwards) */
        post: operations["EventsController_noShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a candidate on the spot (confirmed and checked in) */
        post: operations["EventsController_walkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/plans/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A table’s plan (its firm, staff) or a candidate’s plan (the candidate, their mentors, staff); else 404 */
        get: operations["EventsController_plan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find candidates by name (IBA staff and admins: everyone; mentors: the candidates who authorised them); logged */
        get: operations["CandidatesController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Personal data of a candidate (the candidate, authorised mentors, IBA staff, admins); logged */
        get: operations["CandidatesController_get"];
        put?: never;
        post?: never;
        /** Erase the candidate and all their data (GDPR Art. 17); the access log is anonymised */
        delete: operations["ProfilesController_erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentor/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates who authorised me */
        get: operations["CandidatesController_mine"];
        put?: never;
        /** Create an account for a candidate without e-mail (printable one-time access code) */
        post: operations["CandidatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consent/texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current consent text in every UI language */
        get: operations["ConsentController_texts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consent status and history of a candidate */
        get: operations["ConsentController_status"];
        put?: never;
        /** Give consent to a searchable profile (a mentor: on the candidate’s behalf, marked) */
        post: operations["ConsentController_grant"];
        /** Withdraw consent; takes effect at once */
        delete: operations["ConsentController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations I sent */
        get: operations["InvitationsController_mine"];
        put?: never;
        /** Invite an employer (IBA staff, coordinators) or a candidate (mentors, IBA staff); mails a link valid 14 days */
        post: operations["InvitationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for (404 when invalid, used or expired) */
        get: operations["InvitationsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: creates the account and signs in */
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mentors I authorised (and earlier ones) */
        get: operations["MentorshipsController_list"];
        put?: never;
        /** Authorise a mentor to act for me */
        post: operations["MentorshipsController_authorise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mentors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a mentor’s authorisation (at once) */
        delete: operations["MentorshipsController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts with role, company and state; candidates shown are logged */
        get: operations["AdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the role of a staff account, or disable/enable an account (ends its sessions) */
        patch: operations["AdminController_update"];
        trace?: never;
    };
    "/api/admin/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who read whose personal data (read-only) */
        get: operations["AdminController_accessLogPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mails the product wrote (development outbox; delivered by SMTP when configured); candidates among the recipients are logged */
        get: operations["AdminController_outbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs of the queue (mail delivery, reminders), newest first; e.g. ?state=failed */
        get: operations["AdminController_jobList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed job once more, now */
        post: operations["AdminController_retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Directory of all firms, filtered (staff) */
        get: operations["CompaniesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open-firms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pool of firms open to company tours or open-house days, by town, distance, sector and places offered
         * @description Sorted by distance of the nearest site when nearTown is given, else by name.
         */
        get: operations["CompaniesController_openFirms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The profile of my own company */
        get: operations["CompaniesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company profile
         * @description Contact people are shown to signed-in callers; their e-mails only to staff and the firm itself.
         */
        get: operations["CompaniesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my company’s profile (managers and members) */
        patch: operations["CompaniesController_update"];
        trace?: never;
    };
    "/api/companies/{id}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a site: a town of the list, or coordinates for a place outside it */
        post: operations["CompaniesController_addSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/sites/{siteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a site */
        put: operations["CompaniesController_replaceSite"];
        post?: never;
        /** Remove a site (refused with 409 while draft or open offers use it) */
        delete: operations["CompaniesController_deleteSite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logo image (use logoUrl from the profile: it changes with the image) */
        get: operations["CompaniesController_logo"];
        /** Upload the logo: PNG, JPEG or WebP (told by the file’s content), at most 1 MB */
        put: operations["CompaniesController_putLogo"];
        post?: never;
        /** Remove the logo */
        delete: operations["CompaniesController_deleteLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers in every status: an employer gets their own company’s, staff all (or one company’s) */
        get: operations["OffersController_list"];
        put?: never;
        /** Create an offer of my company (a draft unless status says otherwise) */
        post: operations["OffersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer with its interest count; another firm’s offer is a 404 */
        get: operations["OffersController_get"];
        put?: never;
        post?: never;
        /** Delete an offer of my company (marked interests go with it) */
        delete: operations["OffersController_delete"];
        options?: never;
        head?: never;
        /** Change an offer of my company */
        patch: operations["OffersController_update"];
        trace?: never;
    };
    "/api/job-board/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open offers, filtered; sorted by distance when nearTown is given, else newest first
         * @description Occupational field: the product’s curated field list (see OCCUPATIONAL_FIELDS in @passgenau/domain); occupations outside it fall into a field by their ISCO-08 group. Distances are haversine km from the town centre to the offer’s site.
         */
        get: operations["JobBoardController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-board/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One open offer with its competences and the firm’s languages */
        get: operations["JobBoardController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-board/offers/{id}/interest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark interest in an open offer (a candidate for themselves, a mentor for an authorised candidate)
         * @description The firm sees how many candidates are interested, not who; contact comes with the matching feature.
         */
        put: operations["JobBoardController_mark"];
        post?: never;
        /** Take back interest in an offer */
        delete: operations["JobBoardController_unmark"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offer-interests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers a candidate marked interest in (mentors: pass candidateId) */
        get: operations["JobBoardController_interests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/showcase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Firms that employ or train refugees: opted in by the firm and confirmed by staff */
        get: operations["ShowcaseController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/showcase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Opt my company in to the public showcase (with a short story) or out of it */
        put: operations["ShowcaseController_setOptIn"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/refugee-employer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Mark a firm as employing or training refugees (or take the mark back) */
        patch: operations["ShowcaseController_setEmploysRefugees"];
        trace?: never;
    };
    "/api/offer-imports/ba-jobsuche": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import job listings of the Bundesagentur für Arbeit (a Jobsuche search response)
         * @description Creates or updates firms (by kundennummerHash, else by name) and offers (by refnr), maps beruf to a taxonomy occupation by its German labels (else occupationMapping unmapped), and reports counts. Broken records are skipped with their reason.
         */
        post: operations["BaJobsucheController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/interested": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who marked interest in an offer, by pseudonym (the firm once checked, and staff; same rules as search); logged */
        get: operations["OfferInterestsController_interested"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Firms that signed up themselves and wait for their check, oldest first */
        get: operations["VerificationController_pending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-verifications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The firm is checked: it may search candidates; its managers get a mail */
        post: operations["VerificationController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/company-verifications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The check failed: search stays closed; its managers get a mail */
        post: operations["VerificationController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole competence profile (candidate, authorised mentors, IBA staff, admins); logged */
        get: operations["ProfilesController_get"];
        /** Save the whole draft (the wizard autosaves); a mentor acts on the candidate’s behalf, recorded as such */
        put: operations["ProfilesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/profile/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish: needs consent and the minimum content (German level, a competence, a wish, home place) */
        post: operations["ProfilesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/profile/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hide the profile from employers (back to draft) */
        post: operations["ProfilesController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/profile/reconfirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the published profile is still up to date (every 90 days) */
        post: operations["ProfilesController_reconfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published profiles in pseudonymous form, filtered by town and occupation; logged */
        get: operations["ProfilesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles/{pseudonym}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published profile in pseudonymous form; logged */
        get: operations["ProfilesController_pseudonymous"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an assessment result (provider, procedure, date, competences with levels) to a candidate */
        post: operations["ProfilesController_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/csv/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a CSV of results (candidate,provider,procedure,assessedOn,code,level) row by row; writes nothing */
        post: operations["ProfilesController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV of results: all rows or none (400 with errors per row) */
        post: operations["ProfilesController_importCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an assessment as confirmed by Team IBA */
        post: operations["ProfilesController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All data of a candidate as JSON (GDPR Art. 15/20): the candidate, or an admin on request */
        get: operations["ProfilesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Possible duplicate candidates (same name and birth year: likely; same phone: hint); logged */
        get: operations["DuplicatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A listed pair is one person: move what the kept profile lacks, archive and remove the other record (restorable for 30 days), tell the candidate; logged */
        post: operations["DuplicatesController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Merges that can still be undone (30 days); logged */
        get: operations["DuplicatesController_listMerged"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/merges/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a merge within 30 days: the removed record comes back with what moved from it; logged */
        post: operations["DuplicatesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicates/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Not the same person: hide this pair from the list */
        post: operations["DuplicatesController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether PostgreSQL and Meilisearch answer (200 when both do, 503 otherwise) */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/occupations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autocomplete for occupations (ESCO) in any of the UI languages */
        get: operations["TaxonomyController_searchOccupations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autocomplete for competences (ESCO skills and the product's own) in any UI language */
        get: operations["TaxonomyController_searchSkills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/concepts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One occupation or competence with all its labels and, for occupations, its ESCO skills */
        get: operations["TaxonomyController_concept"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a label to an occupation or competence in a UI language; searchable at once */
        post: operations["TaxonomyCurationController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/taxonomy/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a label a coordinator added (ESCO labels stay) */
        delete: operations["TaxonomyCurationController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/towns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The towns and municipalities of the district, with coordinates */
        get: operations["TownsController_list"];
        put?: never;
        /** Add a town (coordinators) */
        post: operations["TownsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/towns/{ags}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a town: name, district, coordinates, population, postal codes (coordinators) */
        patch: operations["TownsController_update"];
        trace?: never;
    };
    "/api/candidate-search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search published profiles (pseudonymous): free text in any UI language, filters, facets; logged
         * @description Competences match by taxonomy code, free text by words of the labels in every UI language. Employers need a verified firm (COMPANY_NOT_VERIFIED). At most 500 hits can be paged through. Every hit shown counts as an appearance in the candidate’s access log.
         */
        get: operations["CandidateSearchController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates for an offer, best first, each with its explanation (the offer’s firm once checked, IBA staff, coordinators); pseudonymous; appearances logged */
        get: operations["MatchingController_offerMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offers/{id}/matches/{pseudonym}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One candidate of an offer’s matches with its explanation; logged as a read */
        get: operations["MatchingController_offerMatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/candidates/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open offers for a candidate, best first, each with its explanation (the candidate, authorised mentors, IBA staff); logged */
        get: operations["MatchingController_candidateMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open offers for me, best first, each with its explanation */
        get: operations["MatchingController_myMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/match-firms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The firms of an event whose match lists staff print: registered firms and firms entered on the spot */
        get: operations["EventFirmsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/guest-firms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter a firm on the spot at an employer information event: name, town, the occupations it looks for
         * @description Only for events of kind iba_info (EVENT_NOT_IBA_INFO, 422); not after the event was held (EVENT_HELD, 409).
         */
        post: operations["EventFirmsController_addGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/guest-firms/{firmId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a firm entered on the spot */
        delete: operations["EventFirmsController_removeGuest"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/events/{id}/firms/{firmId}/matches.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A4 match list of one firm of an event (registered, or entered on the spot) with the event on top (staff); pseudonymous; logged */
        get: operations["PrintController_eventFirmMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/events/{id}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest print batches of an event (newest first, at most 10) */
        get: operations["PrintController_listJobs"];
        put?: never;
        /**
         * Start a print batch for an event on the job queue: every firm’s match list, or everything (plans and badges)
         * @description Poll GET /api/print/jobs/{jobId} for progress; download when done. Kept for 7 days.
         */
        post: operations["PrintController_createJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A print batch: status and progress */
        get: operations["PrintController_job"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/jobs/{jobId}/file.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a finished print batch (PRINT_JOB_NOT_READY, 409, before); each download is logged for the downloader */
        get: operations["PrintController_jobFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/companies/{id}/matches.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A4 match list of a firm across its listed offers (the firm once checked, IBA staff, coordinators); pseudonymous, with QR codes; logged */
        get: operations["PrintController_companyMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/offers/{id}/matches.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A4 match list of one offer (its firm once checked, IBA staff, coordinators); pseudonymous; logged */
        get: operations["PrintController_offerMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/events/{id}/everything.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything for a speed-dating event as one PDF: table pages, candidate pages in their language, wall plan, badges (staff); the schedule read is logged */
        get: operations["PrintController_eventEverything"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/profiles/{pseudonym}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One-page profile in pseudonymous form (whoever may open the employer view); logged */
        get: operations["PrintController_pseudonymousProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/print/candidates/{id}/profile.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One-page profile in full form, the "pass" (the candidate and their authorised mentors only); logged */
        get: operations["PrintController_fullProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The firm’s shortlist (pseudonymous profiles), of one offer, the general list or all; appearances logged
         * @description Candidates no longer visible to employers (consent withdrawn, erased, unpublished, reconfirmation overdue) or who blocked the firm are left out.
         */
        get: operations["ContactsController_shortlist"];
        put?: never;
        /** Puts a candidate (by pseudonym) on the firm’s shortlist of an offer or its general list; again: updates the note */
        post: operations["ContactsController_addToShortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/shortlist/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Takes a candidate off the shortlist */
        delete: operations["ContactsController_removeFromShortlist"];
        options?: never;
        head?: never;
        /** Changes the private note of a shortlist entry */
        patch: operations["ContactsController_updateShortlistEntry"];
        trace?: never;
    };
    "/api/contact-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends a contact request to a candidate (by pseudonym), optionally about one of the firm’s offers
         * @description One open request per candidate and offer (CONTACT_REQUEST_OPEN, 409); at most CONTACT_REQUESTS_PER_FIRM_PER_DAY per firm and day (CONTACT_REQUEST_DAILY_CAP, 429). In brokered mode it waits for IBA staff; otherwise it reaches the candidate and their authorised mentors at once (in the app and by mail).
         */
        post: operations["ContactsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/on-behalf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IBA staff send a contact request for a checked firm (e.g. at an employer event, from a printed match list)
         * @description Every rule of the firm’s own send applies to that firm: it must be checked (COMPANY_NOT_VERIFIED, field companyId), the candidate must be visible to it (its blocks: CONTACT_CANDIDATE_NOT_FOUND), the offer must be its own (CONTACT_OFFER_NOT_FOUND), one open request per candidate and offer (CONTACT_REQUEST_OPEN), its daily cap (CONTACT_REQUEST_DAILY_CAP), brokered mode. An unknown firm is CONTACT_COMPANY_NOT_FOUND (404, field companyId). The firm sees the request as sent by the staff member on its behalf, and its people get a mail in their languages.
         */
        post: operations["ContactsController_sendOnBehalf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/on-behalf/firms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checked firms IBA staff may send a contact request for, by name (at most 1,000) */
        get: operations["ContactsController_onBehalfFirms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The firm’s sent requests with their state; name and shared contact data only once accepted (each read logged) */
        get: operations["ContactsController_sent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/sent/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sent request; name and shared contact data only once accepted (the read is logged) */
        get: operations["ContactsController_sentOne"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Requests that reached me (candidate) or the candidates I am authorised for (mentor) */
        get: operations["ContactsController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accepts: the firm then sees the name and the contact data chosen here */
        post: operations["ContactsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Declines with a reason from the list */
        post: operations["ContactsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/{id}/block": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Blocks the firm: it no longer finds the candidate (search, matches, shortlists; its requests are refused) */
        post: operations["ContactsController_block"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Brokered mode: new requests waiting for IBA staff (pseudonymous) */
        get: operations["ContactsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accepted contacts with their outcomes, for IBA staff to record stages (pseudonymous) */
        get: operations["ContactsController_accepted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/{id}/pass-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Passes a queued request on: it reaches the candidate and their mentors */
        post: operations["ContactsController_passOn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Returns a queued request to the firm with a comment */
        post: operations["ContactsController_returnToFirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The district’s contact setting (brokered or direct) and limits */
        get: operations["ContactsController_settings"];
        /** Turns brokered contact on or off (new requests only) */
        put: operations["ContactsController_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-requests/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The stages an accepted contact went through (firm, authorised mentors, IBA staff, the candidate) */
        get: operations["ContactsController_outcomes"];
        put?: never;
        /** Records a stage of an accepted contact (talk, trial, contract, ended with a reason), by the firm, a mentor or IBA staff */
        post: operations["ContactsController_recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessLogItem: {
            id: string;
            at: string;
            actorAccountId: string | null;
            actorRole: string;
            actorName: string | null;
            /** @description The firm of an employer who read */
            actorCompanyId: string | null;
            actorCompanyName: string | null;
            /** @description Who, as shown to the candidate: the firm for employers, else the person */
            actorDisplay: string | null;
            candidateId: string | null;
            /** @description Action code: read_candidate, read_profile, read_pseudonymous_profile, list_pseudonymous_profiles, … */
            action: string;
            /** @description The request, e.g. GET /api/candidates/… */
            route: string;
            /** @description How often: 1 for a single read; appearances in lists are counted per day */
            count: number;
            /** @description For counted appearances: the district day (YYYY-MM-DD) */
            day: string | null;
        };
        AccessLogPage: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["AccessLogItem"][];
        };
        SignupDto: {
            /** @example amina@example.org */
            email: string;
            password: string;
            /** @example Amina */
            givenName: string;
            /** @example Haddad */
            familyName: string;
            /**
             * @default de
             * @enum {string}
             */
            language?: "de" | "en" | "ar" | "fa" | "uk";
        };
        EmployerSignupDto: {
            /** @example amina@example.org */
            email: string;
            password: string;
            /** @example Amina */
            givenName: string;
            /** @example Haddad */
            familyName: string;
            /**
             * @default de
             * @enum {string}
             */
            language?: "de" | "en" | "ar" | "fa" | "uk";
            /** @example Metallbau Remstal GmbH */
            companyName: string;
            /**
             * @description Official municipality key (AGS) of the firm’s town
             * @example 08119008
             */
            townAgs: string;
        };
        SignupConfirmDto: {
            /** @description The token from the link in the sign-up mail */
            token: string;
        };
        MeResponse: {
            accountId: string;
            /** @enum {string} */
            role: "candidate" | "mentor" | "employer" | "iba_staff" | "coordinator" | "admin";
            displayName: string;
            email: string | null;
            loginName: string | null;
            /** @enum {string} */
            preferredLanguage: "de" | "en" | "ar" | "fa" | "uk";
            companyId: string | null;
            /** @enum {string|null} */
            companyRole: "manager" | "member" | null;
            companyName: string | null;
            /** @description Own candidate record (candidates only) */
            candidateId: string | null;
        };
        SessionResponse: {
            /** @description Send as "Authorization: Bearer …" from API clients (15 minutes) */
            accessToken: string;
            /** @description For cookie-authenticated writes from the browser: send as X-CSRF-Token */
            csrfToken: string;
            account: components["schemas"]["MeResponse"];
        };
        LoginDto: {
            /**
             * @description E-mail, or the login name of a candidate without e-mail
             * @example mentor@demo.passgenau.de
             */
            email: string;
            /** @example demo-passgenau-2026 */
            password: string;
        };
        AccessCodeDto: {
            /** @example k-ab3d7fq */
            loginName: string;
            /** @description The printed one-time code (dashes and spaces are ignored) */
            code: string;
            /** @description The password the candidate chooses now */
            newPassword: string;
        };
        CsrfResponse: {
            csrfToken: string;
        };
        PasswordResetRequestDto: {
            email: string;
            /**
             * @default de
             * @enum {string}
             */
            language?: "de" | "en" | "ar" | "fa" | "uk";
        };
        PasswordResetConfirmDto: {
            token: string;
            newPassword: string;
        };
        BarrierReportDto: {
            /**
             * @description The page the barrier is on, as the reporter names it: its address (e.g. /jobs) or its name; one line
             * @example /jobs
             */
            pageUrl?: string;
            /** @description What does not work, and how it shows */
            description: string;
            /**
             * @description Only if a reply is wanted
             * @example amina@example.org
             */
            email?: string;
            /**
             * @description The language of the report
             * @default de
             * @enum {string}
             */
            language?: "de" | "en" | "ar" | "fa" | "uk";
        };
        BarrierReportResponse: {
            /** Format: uuid */
            id: string;
            /** @description Whether a reply will go to the given e-mail address */
            replyExpected: boolean;
        };
        DistrictReportValues: {
            /** @description Profiles published in the period (still published now) */
            publishedProfiles: number | null;
            /** @description Employer searches (first pages of GET /api/candidate-search) */
            employerSearches: number | null;
            /** @description Contact requests sent by firms (month sent) */
            contactRequestsSent: number | null;
            /** @description Of these, accepted now */
            contactRequestsAccepted: number | null;
            /** @description Of these, declined now (blocks not included) */
            contactRequestsDeclined: number | null;
            /** @description Outcomes recorded: talk (month of the talk) */
            outcomesTalk: number | null;
            /** @description Outcomes recorded: trial day or internship */
            outcomesTrial: number | null;
            /** @description Outcomes recorded: apprenticeship contract */
            outcomesApprenticeshipContract: number | null;
            /** @description Outcomes recorded: employment contract */
            outcomesEmploymentContract: number | null;
            /** @description Outcomes recorded: ended */
            outcomesEnded: number | null;
        };
        DistrictReportRow: {
            /** @description The month (YYYY-MM), town (AGS) or occupational field; null: no town / no field */
            key: string | null;
            /** @description The town name (town rows), else null */
            label: string | null;
            values: components["schemas"]["DistrictReportValues"];
        };
        DistrictReportResponse: {
            /** @enum {string} */
            groupBy: "month" | "town" | "field";
            /** @example 2026-01 */
            from: string;
            /** @example 2026-12 */
            to: string;
            town: string | null;
            /** @enum {string|null} */
            occupationalField: "crafts" | "construction" | "logistics" | "care" | "cleaning" | "gastronomy" | "retail" | "agriculture" | "production" | "metal" | "electrical" | "automotive" | "office" | "it" | "education" | "social" | "other" | null;
            /**
             * @description Counts below this are never shown
             * @example 5
             */
            threshold: number;
            measures: ("publishedProfiles" | "employerSearches" | "contactRequestsSent" | "contactRequestsAccepted" | "contactRequestsDeclined" | "outcomesTalk" | "outcomesTrial" | "outcomesApprenticeshipContract" | "outcomesEmploymentContract" | "outcomesEnded")[];
            rows: components["schemas"]["DistrictReportRow"][];
            totals: components["schemas"]["DistrictReportValues"];
        };
        SavedSearchResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "candidates" | "offers";
            name: string;
            /** @description The stored filters */
            query: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            candidateId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Alerts of this search (new results since it was saved) still shown */
            alerts: number;
        };
        CreateSavedSearchDto: {
            /**
             * @description candidates: an employer search (verified firms); offers: a job-board search (candidates, mentors)
             * @enum {string}
             */
            kind: "candidates" | "offers";
            name: string;
            /** @description The filters: of GET /api/candidate-search (candidates) or GET /api/job-board/offers (offers), as there, without page and pageSize; validated like there (errors name the field as query.<name>) */
            query: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Mentors: the authorised candidate the offer search is for
             */
            candidateId?: string;
        };
        SavedSearchAlertResponse: {
            /** Format: uuid */
            savedSearchId: string;
            savedSearchName: string;
            /** @enum {string} */
            kind: "candidates" | "offers";
            pseudonym: string | null;
            /** Format: uuid */
            offerId: string | null;
            offerTitle: string | null;
            /** Format: date-time */
            foundAt: string;
            /** @description Sent in a digest mail already */
            mailed: boolean;
        };
        RenameSavedSearchDto: {
            name: string;
        };
        SearchOriginResponse: {
            /** @enum {string} */
            kind: "town" | "site";
            id: string;
            name: string;
        };
        ConceptLabelResponse: {
            text: string;
            /**
             * @description esco = official ESCO; passgenau = the product's own translation; coordinator = added or corrected by a coordinator
             * @enum {string}
             */
            source: "esco" | "passgenau" | "coordinator";
        };
        ConceptLabelsResponse: {
            de?: components["schemas"]["ConceptLabelResponse"];
            en?: components["schemas"]["ConceptLabelResponse"];
            ar?: components["schemas"]["ConceptLabelResponse"];
            fa?: components["schemas"]["ConceptLabelResponse"];
            uk?: components["schemas"]["ConceptLabelResponse"];
        };
        MatchedCompetenceResponse: {
            code: string;
            labels: components["schemas"]["ConceptLabelsResponse"];
            /**
             * @description Strongest evidence: self-declared, observed by a mentor, assessed, confirmed by Team IBA
             * @enum {string}
             */
            evidence: "self" | "mentor" | "assessed" | "iba";
            /** @enum {string|null} */
            level: "basic" | "good" | "very_good" | null;
            /** @description Asked for by a competence filter (else found by the words of q) */
            byFilter: boolean;
        };
        SearchOccupationResponse: {
            code: string;
            labels: components["schemas"]["ConceptLabelsResponse"];
        };
        CandidateSearchHit: {
            /** @example K-7F3Q */
            pseudonym: string;
            /** @description The competences that matched the filter or the words, strongest evidence first */
            matchedCompetences: components["schemas"]["MatchedCompetenceResponse"][];
            /** @description How many competences the profile has in all */
            competenceCount: number;
            wishedOccupations: components["schemas"]["SearchOccupationResponse"][];
            /** @enum {string|null} */
            germanLevel: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            mathsLevel: "none" | "basic" | "good" | "very_good" | null;
            /** @enum {string|null} */
            computerLevel: "none" | "basic" | "good" | "very_good" | null;
            kindsWished: ("apprenticeship" | "job" | "internship" | "eq")[];
            /** @description YYYY-MM-DD */
            availableFrom: string | null;
            /** @description Town only, never an address */
            townName: string | null;
            /** @description km from near (home town centre), one decimal */
            distanceKm: number | null;
            travelKm: number | null;
            drivingLicences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "L" | "T")[];
            /** @enum {string} */
            mayWork: "yes" | "with_approval" | "unknown";
        };
        FacetValueResponse: {
            value: string;
            count: number;
        };
        CandidateSearchFacets: {
            occupationalField: components["schemas"]["FacetValueResponse"][];
            /** @description The most frequent competence codes */
            competences: components["schemas"]["FacetValueResponse"][];
            germanLevel: components["schemas"]["FacetValueResponse"][];
            evidence: components["schemas"]["FacetValueResponse"][];
            kindOfWork: components["schemas"]["FacetValueResponse"][];
            mathsLevel: components["schemas"]["FacetValueResponse"][];
            computerLevel: components["schemas"]["FacetValueResponse"][];
            drivingLicence: components["schemas"]["FacetValueResponse"][];
            mayWork: components["schemas"]["FacetValueResponse"][];
        };
        CandidateSearchResponse: {
            /** @description Hits in all (at most 500: narrow the search to see others) */
            total: number;
            page: number;
            pageSize: number;
            near: components["schemas"]["SearchOriginResponse"] | null;
            hits: components["schemas"]["CandidateSearchHit"][];
            facets: components["schemas"]["CandidateSearchFacets"];
        };
        TownRef: {
            ags: string;
            name: string;
        };
        JobBoardCompanyRef: {
            id: string;
            name: string;
            logoUrl: string | null;
        };
        JobBoardPlace: {
            townAgs: string | null;
            townName: string | null;
            locality: string | null;
            postalCode: string | null;
            /** @description Detail view only */
            street: string | null;
            lat: number;
            lon: number;
        };
        OccupationRefResponse: {
            code: string;
            /** @description One label per language the taxonomy has; pick with pickLabel */
            labels: components["schemas"]["ConceptLabelsResponse"];
            /** @description ISCO-08 unit group */
            iscoGroup: string | null;
            /**
             * @description Occupational field (curated list, else from the ISCO group)
             * @enum {string}
             */
            field: "crafts" | "construction" | "logistics" | "care" | "cleaning" | "gastronomy" | "retail" | "agriculture" | "production" | "metal" | "electrical" | "automotive" | "office" | "it" | "education" | "social" | "other";
        };
        GermanMinimumResponse: {
            /** @enum {string|null} */
            overall: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            understanding: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            speaking: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            writing: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /**
             * @description The highest of the four
             * @enum {string|null}
             */
            highest: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
        };
        JobBoardOfferItem: {
            id: string;
            /** @enum {string} */
            kind: "job" | "apprenticeship" | "internship" | "eq";
            /** @description As the firm wrote it */
            title: string;
            company: components["schemas"]["JobBoardCompanyRef"];
            place: components["schemas"]["JobBoardPlace"] | null;
            /** @description km from nearTown (when given) */
            distanceKm: number | null;
            /** @description Labels in every language the taxonomy has */
            occupation: components["schemas"]["OccupationRefResponse"] | null;
            germanMinimum: components["schemas"]["GermanMinimumResponse"];
            /** Format: date */
            startsOn: string | null;
            hoursPerWeek: number | null;
            durationWeeks: number | null;
            places: number;
            /** Format: date */
            closesOn: string | null;
            suitableForCareerChangers: boolean;
            /** @enum {string} */
            source: "passgenau" | "ba-jobsuche";
            /** @description The original listing (job-agency imports) */
            externalUrl: string | null;
            publishedAt: string | null;
        };
        JobBoardPage: {
            total: number;
            page: number;
            pageSize: number;
            /** @description The town distances are measured from */
            near: components["schemas"]["TownRef"] | null;
            items: components["schemas"]["JobBoardOfferItem"][];
        };
        CreateOpenHouseDayDto: {
            /** @example Tag der offenen Tür Rems-Murr */
            title: string;
            /**
             * Format: date
             * @example 2027-03-20
             */
            date: string;
        };
        OpenHouseDaySummary: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date */
            date: string;
            sites: number;
            registrations: number;
            /** Format: date-time */
            plannedAt: string | null;
        };
        OpenHouseDayForCandidate: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date */
            date: string;
        };
        OpeningWindowResponse: {
            /** @example 09:30 */
            start: string;
            /** @example 09:30 */
            end: string;
        };
        OpenHouseSiteResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "firm" | "housing";
            name: string;
            /** Format: uuid */
            companyId: string | null;
            townAgs: string;
            townName: string;
            lat: number;
            lon: number;
            openings: components["schemas"]["OpeningWindowResponse"][];
            capacity: number;
            slotMinutes: number;
        };
        OpenHouseGroupResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            housingSiteId: string;
            mentorName: string | null;
            companions: number;
            candidateIds: string[];
            /** @enum {string} */
            travelMode: "foot" | "bike" | "transit" | "car";
        };
        OpenHouseDayResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date */
            date: string;
            sites: number;
            registrations: number;
            /** Format: date-time */
            plannedAt: string | null;
            siteList: components["schemas"]["OpenHouseSiteResponse"][];
            groups: components["schemas"]["OpenHouseGroupResponse"][];
        };
        OpeningWindowDto: {
            /** @example 09:30 */
            start: string;
            /**
             * @description Exclusive; after start
             * @example 12:00
             */
            end: string;
        };
        AddOpenHouseSiteDto: {
            /**
             * @description firm: a site of a registered firm; housing: a housing site
             * @enum {string}
             */
            kind: "firm" | "housing";
            /**
             * Format: uuid
             * @description firm: the firm site (company + town + coordinates)
             */
            companySiteId?: string;
            /** @description housing: its name (firms: the firm name is used) */
            name?: string;
            /**
             * @description housing: the town (AGS); coordinates are the town centre’s
             * @example 08119008
             */
            townAgs?: string;
            openings: components["schemas"]["OpeningWindowDto"][];
            /** @description Visitors per slot */
            capacity: number;
            /** @example 30 */
            slotMinutes: number;
        };
        RegisterOpenHouseDto: {
            /** @enum {string} */
            travelMode: "foot" | "bike" | "transit" | "car";
            /** @description Furthest great-circle distance from the start, km */
            radiusKm: number;
            /** @example 09:00 */
            availableFrom: string;
            /** @example 13:00 */
            availableUntil: string;
            /** @example 3 */
            maxVisits: number;
            /**
             * Format: uuid
             * @description Candidates: left out (themselves); mentors: an authorised candidate
             */
            candidateId?: string;
            /**
             * @description Start town (AGS); default the home town of the profile
             * @example 08119044
             */
            startTownAgs?: string;
            /** @default false */
            needsInterpreter?: boolean;
            /**
             * @description The language the interpreter is needed for
             * @example ar
             */
            interpreterLanguage?: string;
            /**
             * @description Firms visited may see the first name (otherwise only the pseudonym)
             * @default false
             */
            showFirstName?: boolean;
        };
        OpenHouseRegistrationResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            pseudonym: string | null;
            /** @description Only when the candidate allows it */
            firstName: string | null;
            /** Format: uuid */
            groupId: string | null;
            /** @enum {string} */
            travelMode: "foot" | "bike" | "transit" | "car";
            radiusKm: number;
            startTownName: string | null;
            /** @example 09:30 */
            availableFrom: string;
            /** @example 09:30 */
            availableUntil: string;
            maxVisits: number;
            languages: string[];
            needsInterpreter: boolean;
            interpreterLanguage: string | null;
        };
        RegisterOpenHouseGroupDto: {
            /** @enum {string} */
            travelMode: "foot" | "bike" | "transit" | "car";
            /** @description Furthest great-circle distance from the start, km */
            radiusKm: number;
            /** @example 09:00 */
            availableFrom: string;
            /** @example 13:00 */
            availableUntil: string;
            /** @example 3 */
            maxVisits: number;
            /**
             * Format: uuid
             * @description A housing site of this day: where the group starts
             */
            housingSiteId: string;
            candidateIds: string[];
            /**
             * @description Mentors and other companions
             * @default 1
             */
            companions?: number;
            /** @default false */
            needsInterpreter?: boolean;
            /** @example uk */
            interpreterLanguage?: string;
            /** @default false */
            showFirstName?: boolean;
        };
        PlanRunDto: {
            /**
             * @description Planner budget, ms
             * @default 1500
             */
            timeLimitMs?: number;
        };
        PlannedVisitResponse: {
            /** Format: uuid */
            site: string;
            siteName: string;
            townName: string;
            /** @example 09:30 */
            start: string;
            /** @example 09:30 */
            end: string;
            /** @description Match quality of the visit (a group: the sum over its members who fit) */
            score: number;
            /** @description Set or moved by hand */
            manual: boolean;
        };
        PlannedRouteResponse: {
            /** @description A candidate id (alone) or a group id */
            party: string;
            /** @enum {string} */
            kind: "candidate" | "group";
            /** @description Pseudonyms: the candidate’s, or the group members’ */
            pseudonyms: string[];
            visits: components["schemas"]["PlannedVisitResponse"][];
        };
        PlanConflictResponse: {
            /** @enum {string} */
            code: "unknown_party" | "unknown_site" | "duplicate_route" | "group_split" | "no_travel" | "too_many_visits" | "repeated_site" | "not_a_slot" | "outside_opening" | "outside_availability" | "overlap" | "unreachable" | "beyond_radius" | "capacity";
            party: string | null;
            /** Format: uuid */
            site: string | null;
            /** @example 09:30 */
            start: string | null;
            /** @description English detail (the web app builds its own text from the fields) */
            detail: string;
            needed: number | null;
            available: number | null;
        };
        OpenHousePlanResponse: {
            /** Format: uuid */
            dayId: string;
            /** Format: date-time */
            plannedAt: string | null;
            /** @description Total match quality of the stored visits */
            score: number;
            /** @description Upper bound of the planner run */
            bound: number | null;
            status: string | null;
            /** @description Candidates with at least one visit */
            reached: number;
            candidates: number;
            routes: components["schemas"]["PlannedRouteResponse"][];
            /** @description Every conflict of the stored plan */
            conflicts: components["schemas"]["PlanConflictResponse"][];
        };
        PlanEditDto: {
            /** @enum {string} */
            op: "move" | "add" | "remove";
            /**
             * Format: uuid
             * @description A candidate id (alone) or a group id
             */
            party: string;
            /**
             * Format: uuid
             * @description move/remove: the visit’s site; add: the new visit’s site
             */
            site: string;
            /**
             * @description move/remove: the visit’s start; add: the new visit’s start
             * @example 09:30
             */
            start: string;
            /**
             * Format: uuid
             * @description move: the new site (default the same)
             */
            toSite?: string;
            /**
             * @description move: the new start
             * @example 09:30
             */
            toStart?: string;
        };
        SiteVisitorResponse: {
            /** @description First name when allowed, else the pseudonym */
            name: string;
            languages: string[];
            needsInterpreter: boolean;
            interpreterLanguage: string | null;
            /** @description Comes with a group */
            inGroup: boolean;
        };
        SiteSlotResponse: {
            /** @example 09:30 */
            start: string;
            /** @example 09:30 */
            end: string;
            people: number;
            capacity: number;
            visitors: components["schemas"]["SiteVisitorResponse"][];
        };
        SiteVisitorsResponse: {
            site: components["schemas"]["OpenHouseSiteResponse"];
            dayTitle: string;
            /** Format: date */
            date: string;
            slots: components["schemas"]["SiteSlotResponse"][];
        };
        CandidateRouteResponse: {
            /** Format: uuid */
            dayId: string;
            dayTitle: string;
            /** Format: date */
            date: string;
            pseudonym: string | null;
            /**
             * Format: uuid
             * @description Set when they come with a group
             */
            groupId: string | null;
            /** @enum {string} */
            travelMode: "foot" | "bike" | "transit" | "car";
            visits: components["schemas"]["PlannedVisitResponse"][];
        };
        CreateJobFairDto: {
            /** @example Fokus Beruf 2027 */
            title: string;
            /** Format: date */
            date: string;
            /** @example Bürgerhaus Backnang */
            venue: string;
        };
        JobFairSummary: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date */
            date: string;
            venue: string;
        };
        ExhibitorResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            booth: string;
            /** Format: uuid */
            companyId: string | null;
            offerIds: string[];
            occupations: string[];
        };
        FairMentorResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "volunteer" | "staff" | "migrant";
            languages: string[];
            capacity: number;
            townName: string | null;
            /** Format: uuid */
            accountId: string | null;
            groupSize: number;
        };
        FairCandidateResponse: {
            /** Format: uuid */
            candidateId: string;
            pseudonym: string | null;
            languages: string[];
            townName: string | null;
            /** Format: uuid */
            mentorId: string | null;
            /** @description Paired by hand (kept when the pairing is proposed again) */
            fixed: boolean;
            languageMatch: boolean;
            townMatch: boolean;
        };
        JobFairResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date */
            date: string;
            venue: string;
            exhibitors: components["schemas"]["ExhibitorResponse"][];
            mentors: components["schemas"]["FairMentorResponse"][];
            candidates: components["schemas"]["FairCandidateResponse"][];
        };
        AddExhibitorDto: {
            /** @example A7 */
            booth: string;
            /**
             * Format: uuid
             * @description A firm registered in Passgenau
             */
            companyId?: string;
            /** @description Registered firm: the offers it brings (default: all its listed offers) */
            offerIds?: string[];
            /** @description Entered by hand: the firm’s name */
            name?: string;
            /** @description Entered by hand: occupation codes (ESCO) */
            occupations?: string[];
        };
        AddFairMentorDto: {
            name: string;
            /** @enum {string} */
            kind: "volunteer" | "staff" | "migrant";
            /**
             * @example [
             *       "de",
             *       "uk"
             *     ]
             */
            languages: string[];
            /** @description How many young people they can take */
            capacity: number;
            /** @example 08119008 */
            townAgs?: string;
            /**
             * Format: uuid
             * @description Their Passgenau account, so they see their group’s plans
             */
            accountId?: string;
        };
        RegisterFairCandidateDto: {
            /**
             * Format: uuid
             * @description Candidates: left out (themselves)
             */
            candidateId?: string;
        };
        PairingResponse: {
            candidates: components["schemas"]["FairCandidateResponse"][];
            /** @description Candidates without a mentor */
            unpaired: string[];
            languageMatches: number;
            townMatches: number;
            /** @description Sum of squared group sizes (lower is more balanced) */
            imbalance: number;
        };
        EditPairDto: {
            /**
             * Format: uuid
             * @description null: no mentor
             */
            mentorId: string | null;
        };
        CoveredCompetenceResponse: {
            /** @description Competence code the offer asks for */
            code: string;
            /**
             * @description Strongest evidence of the candidate for it
             * @enum {string}
             */
            evidence: "self" | "mentor" | "assessed" | "confirmed";
            /** @description Share of a fully confirmed match, 0..1 */
            weight: number;
        };
        RelatedCompetenceResponse: {
            /** @description Competence code the offer asks for */
            code: string;
            /**
             * @description Strongest evidence of the candidate for it
             * @enum {string}
             */
            evidence: "self" | "mentor" | "assessed" | "confirmed";
            /** @description Share of a fully confirmed match, 0..1 */
            weight: number;
            /** @description The candidate’s competence that is related (same occupation in ESCO) */
            via: string;
            /** @description The occupation whose ESCO skills both belong to */
            occupationCode: string;
        };
        CompetenceFitResponse: {
            covered: components["schemas"]["CoveredCompetenceResponse"][];
            related: components["schemas"]["RelatedCompetenceResponse"][];
            /** @description Codes the candidate does not bring */
            missing: string[];
        };
        GermanPartFitResponse: {
            /** @enum {string} */
            part: "overall" | "understanding" | "speaking" | "writing";
            /** @enum {string} */
            minimum: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            /** @enum {string|null} */
            actual: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @description Levels below the minimum (0 = met) */
            gap: number;
        };
        LanguageFitResponse: {
            /** @enum {string} */
            fit: "no_minimum" | "meets" | "slightly_below" | "below" | "far_below";
            /** @description The employer marked the minimum as strict */
            strict: boolean;
            parts: components["schemas"]["GermanPartFitResponse"][];
        };
        DistanceFitResponse: {
            /** @enum {string} */
            fit: "within" | "stretch" | "offer_accepts" | "beyond" | "unknown";
            /** @description Kilometres as the crow flies, one decimal */
            km: number | null;
            /** @description The candidate’s travel radius (km; a default where not given) */
            travelKm: number;
            /** @description How far the firm accepts candidates from (km) */
            offerMaxKm: number | null;
        };
        AvailabilityFitResponse: {
            /** @enum {string} */
            fit: "in_time" | "late" | "open_start" | "unknown";
            /** Format: date */
            startsOn: string | null;
            /** Format: date */
            earliestStart: string | null;
            /** @description Days the candidate is available after the start */
            lateDays: number;
        };
        WishFitResponse: {
            /** @enum {string} */
            kind: "wished" | "not_wished" | "no_wish";
            /** @enum {string} */
            occupation: "occupation" | "field" | "other" | "no_wish";
        };
        MatchComponentsResponse: {
            required: number;
            niceToHave: number;
            german: number;
            distance: number;
            availability: number;
            wishes: number;
        };
        MatchExplanationResponse: {
            required: components["schemas"]["CompetenceFitResponse"];
            niceToHave: components["schemas"]["CompetenceFitResponse"];
            language: components["schemas"]["LanguageFitResponse"];
            distance: components["schemas"]["DistanceFitResponse"];
            availability: components["schemas"]["AvailabilityFitResponse"];
            wishes: components["schemas"]["WishFitResponse"];
            /** @enum {string} */
            workPermit: "yes" | "with_approval" | "unknown";
            /** @description Each part’s value 0..1 before its weight */
            components: components["schemas"]["MatchComponentsResponse"];
        };
        FairPlanOfferResponse: {
            offerId: string | null;
            /** @description The offer’s title, or the occupation of a firm entered by hand */
            title: string;
            /** @description A firm entered by hand: the occupation’s name in every language the taxonomy has (de, en, ar …) */
            occupationLabels: {
                [key: string]: string;
            } | null;
            score: number;
            percent: number;
            explanation: components["schemas"]["MatchExplanationResponse"];
        };
        FairPlanItemResponse: {
            /** Format: uuid */
            exhibitor: string;
            name: string;
            booth: string;
            score: number;
            /** @description Why it fits: the fitting offers, best first */
            offers: components["schemas"]["FairPlanOfferResponse"][];
        };
        CandidateFairPlanResponse: {
            /** Format: uuid */
            candidateId: string;
            pseudonym: string | null;
            mentorName: string | null;
            /** @description In booth order */
            items: components["schemas"]["FairPlanItemResponse"][];
        };
        GroupBoothResponse: {
            booth: string;
            name: string;
            /** @description Pseudonyms of who goes there */
            candidates: string[];
        };
        MentorGroupPlanResponse: {
            /** Format: uuid */
            mentorId: string;
            mentorName: string;
            plans: components["schemas"]["CandidateFairPlanResponse"][];
            /** @description The group’s walk, in booth order */
            booths: components["schemas"]["GroupBoothResponse"][];
        };
        FairPlansResponse: {
            fair: components["schemas"]["JobFairSummary"];
            groups: components["schemas"]["MentorGroupPlanResponse"][];
            /** @description Candidates without a mentor */
            unpaired: components["schemas"]["CandidateFairPlanResponse"][];
        };
        MyFairGroupResponse: {
            fair: components["schemas"]["JobFairSummary"];
            group: components["schemas"]["MentorGroupPlanResponse"];
        };
        MyFairPlanResponse: {
            fair: components["schemas"]["JobFairSummary"];
            plan: components["schemas"]["CandidateFairPlanResponse"];
        };
        EventInterpreterResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            languages: string[];
            fromTime: string;
            toTime: string;
        };
        EventRoundTimeResponse: {
            /** @description 1-based */
            round: number;
            startsAt: string;
            endsAt: string;
        };
        EventResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "speed_dating" | "open_house" | "job_fair" | "iba_info";
            title: string;
            description: string;
            townAgs: string;
            townName: string;
            venue: string;
            day: string;
            startsAt: string;
            endsAt: string;
            rounds: number | null;
            roundMinutes: number | null;
            breakMinutes: number;
            firmCapacity: number;
            candidateCapacity: number;
            languages: string[];
            /** @description Staff only; empty for others */
            interpreters: components["schemas"]["EventInterpreterResponse"][];
            registrationOpensOn: string | null;
            registrationClosesOn: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "closed" | "held";
            firmsConfirmed: number;
            candidatesConfirmed: number;
            firmsWaiting: number;
            candidatesWaiting: number;
            /** @description Registration is possible now (status open, inside the window) */
            registrationOpen: boolean;
            /** Format: date-time */
            schedulePublishedAt: string | null;
            roundTimes: components["schemas"]["EventRoundTimeResponse"][];
        };
        EventInterpreterDto: {
            name: string;
            /**
             * @description Languages the interpreter bridges to German
             * @example [
             *       "ar"
             *     ]
             */
            languages: string[];
            /**
             * @description Free from (Europe/Berlin)
             * @example 17:00
             */
            fromTime: string;
            /**
             * @description Free until (Europe/Berlin)
             * @example 19:00
             */
            toTime: string;
        };
        CreateEventDto: {
            /** @enum {string} */
            kind: "speed_dating" | "open_house" | "job_fair" | "iba_info";
            title: string;
            description?: string;
            /**
             * @description Municipality key (AGS) of a town of the district
             * @example 08119079
             */
            townAgs: string;
            venue?: string;
            /**
             * @description The day of the event (Europe/Berlin)
             * @example 2027-03-04
             */
            day: string;
            /** @example 17:00 */
            startsAt: string;
            /** @example 19:00 */
            endsAt: string;
            /** @description Speed dating: rounds */
            rounds?: number;
            /** @description Speed dating: minutes per round */
            roundMinutes?: number;
            /** @description Speed dating: minutes between rounds */
            breakMinutes?: number;
            firmCapacity: number;
            candidateCapacity: number;
            /**
             * @description Languages offered at the event
             * @example [
             *       "de",
             *       "ar"
             *     ]
             */
            languages?: string[];
            interpreters?: components["schemas"]["EventInterpreterDto"][];
            /** @example 2027-02-01 */
            registrationOpensOn?: string;
            /** @example 2027-03-01 */
            registrationClosesOn?: string;
        };
        UpdateEventDto: {
            /** @enum {string} */
            kind?: "speed_dating" | "open_house" | "job_fair" | "iba_info";
            title?: string;
            description?: string;
            /**
             * @description Municipality key (AGS) of a town of the district
             * @example 08119079
             */
            townAgs?: string;
            venue?: string;
            /**
             * @description The day of the event (Europe/Berlin)
             * @example 2027-03-04
             */
            day?: string;
            /** @example 17:00 */
            startsAt?: string;
            /** @example 19:00 */
            endsAt?: string;
            /** @description Speed dating: rounds */
            rounds?: number;
            /** @description Speed dating: minutes per round */
            roundMinutes?: number;
            /** @description Speed dating: minutes between rounds */
            breakMinutes?: number;
            firmCapacity?: number;
            candidateCapacity?: number;
            /**
             * @description Languages offered at the event
             * @example [
             *       "de",
             *       "ar"
             *     ]
             */
            languages?: string[];
            interpreters?: components["schemas"]["EventInterpreterDto"][];
            /** @example 2027-02-01 */
            registrationOpensOn?: string;
            /** @example 2027-03-01 */
            registrationClosesOn?: string;
        };
        EventStatusDto: {
            /**
             * @description draft → open → closed → held
             * @enum {string}
             */
            status: "draft" | "open" | "closed" | "held";
        };
        EventRegistrationResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            /** @enum {string} */
            kind: "firm" | "candidate";
            /** @enum {string} */
            status: "confirmed" | "waiting" | "cancelled";
            /** @description Place on the waiting list (1 = next), 0 when not waiting */
            waitingPosition: number;
            /** @description Short check-in code, shown on the plan */
            code: string;
            /** Format: uuid */
            companyId: string | null;
            /** Format: uuid */
            candidateId: string | null;
            /** @description Firm name, or for candidates the pseudonym (staff, the candidate and mentors: the full name) */
            name: string;
            offerIds: string[];
            languages: string[];
            showFirstName: boolean;
            /** @description Companies the candidate wants to meet */
            mustMeet: string[];
            /** @description Candidates (shown names) the firm will not meet */
            mustNot: string[];
            /** @description 1-based */
            absentRounds: number[];
            walkIn: boolean;
            /** Format: date-time */
            checkedInAt: string | null;
            /** Format: date-time */
            noShowAt: string | null;
            /** @description Firms: table number */
            tableNumber: number | null;
        };
        EventRegisterDto: {
            /** @description Firms: open offers of the firm it brings */
            offerIds?: string[];
            /** @description Languages the participant talks in at the event (firms: at the table, default de; candidates: default from the profile). de for a candidate means enough German for a conversation. */
            languages?: string[];
            /**
             * Format: uuid
             * @description Mentors: the authorised candidate they register
             */
            candidateId?: string;
            /** @description Candidates: firms may see my first name on their table plan */
            showFirstName?: boolean;
        };
        EventWishesDto: {
            /** @description Candidates and mentors: companies (ids of registered firms) the candidate wants to meet */
            mustMeet?: string[];
            /** @description Firms: registered candidates (by the name shown, a pseudonym) the firm will not meet */
            mustNot?: string[];
        };
        EventAbsentRoundsDto: {
            /** @description Rounds (1-based) the participant is not there */
            rounds: number[];
        };
        EventFirmResponse: {
            /** Format: uuid */
            companyId: string;
            name: string;
            offerTitles: string[];
        };
        EventCandidateLabelResponse: {
            /** @description Pseudonym (or the participant number when there is no profile) */
            label: string;
        };
        EventMeetingResponse: {
            /** @description 1-based */
            round: number;
            startsAt: string;
            endsAt: string;
            tableNumber: number;
            /** Format: uuid */
            firmRegistrationId: string;
            firmName: string;
            /** Format: uuid */
            candidateRegistrationId: string;
            /** @description Pseudonym, or the first name the candidate allowed */
            candidateLabel: string;
            score: number;
            language: string | null;
            interpreterName: string | null;
        };
        EventScheduleResponse: {
            /** Format: uuid */
            eventId: string;
            meetings: components["schemas"]["EventMeetingResponse"][];
            score: number | null;
            /** @description Upper bound on the score */
            bound: number | null;
            status: string | null;
            method: string | null;
            /** Format: date-time */
            generatedAt: string | null;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Pairs left out (no common language, no interpreter) */
            unreachable: string[];
            warnings: string[];
            /** @description Re-plan: published meetings moved */
            moved: number | null;
        };
        EventScheduleImportDto: {
            /** @description The schedule: [{firm, candidate, round}] with the ids (codes) of the exported instance */
            meetings: {
                [key: string]: unknown;
            }[];
        };
        EventReplanDto: {
            /** @description First round (1-based) not yet started; computed from the event times when omitted */
            fromRound?: number;
        };
        EventCheckInDto: {
            /**
             * @description The short code on the participant’s plan
             * @example K7QM4X
             */
            code: string;
        };
        EventWalkInDto: {
            /**
             * Format: uuid
             * @description The candidate registered on the spot
             */
            candidateId: string;
            languages?: string[];
        };
        EventPlanEntryResponse: {
            /** @description 1-based */
            round: number;
            startsAt: string;
            endsAt: string;
            tableNumber: number;
            /** @description Table plan: the candidate; candidate plan: the firm */
            with: string;
            interpreterName: string | null;
            language: string | null;
        };
        EventPlanResponse: {
            /** Format: uuid */
            eventId: string;
            eventTitle: string;
            day: string;
            venue: string;
            /** Format: uuid */
            registrationId: string;
            /** @enum {string} */
            kind: "firm" | "candidate";
            /** @description Firm name or the candidate’s name as the viewer may see it */
            name: string;
            code: string;
            tableNumber: number | null;
            /** @description False while the schedule is not published (participants see no entries) */
            published: boolean;
            entries: components["schemas"]["EventPlanEntryResponse"][];
        };
        CandidateLookupItem: {
            id: string;
            givenName: string;
            familyName: string;
            /** @description Pseudonym of the profile, if one exists */
            pseudonym: string | null;
            loginName: string | null;
            email: string | null;
        };
        CandidatePersonalResponse: {
            id: string;
            givenName: string;
            familyName: string;
            email: string | null;
            loginName: string | null;
            preferredLanguage: string;
            /** @description Consent to a searchable profile is in force */
            searchableConsent: boolean;
            createdAt: string;
        };
        MentorCandidateItem: {
            id: string;
            givenName: string;
            familyName: string;
            authorisedSince: string;
            searchableConsent: boolean;
        };
        CreateCandidateDto: {
            /** @example Yonas */
            givenName: string;
            /** @example Tesfaye */
            familyName: string;
            /**
             * @default de
             * @enum {string}
             */
            language?: "de" | "en" | "ar" | "fa" | "uk";
        };
        CreatedCandidateResponse: {
            candidateId: string;
            /** @description What the candidate types as "e-mail or login name" */
            loginName: string;
            /** @description One-time code to print; shown only now */
            accessCode: string;
            accessCodeExpiresAt: string;
            /**
             * @description Where the candidate signs in with the code (PUBLIC_URL, as in invitation links)
             * @example https://passgenau.example.org/access-code
             */
            signInUrl: string;
        };
        ConsentTextResponse: {
            version: string;
            /** @description Title per UI language */
            title: Record<string, never>;
            /** @description Plain-language text per UI language */
            body: Record<string, never>;
        };
        ConsentRecordResponse: {
            id: string;
            textVersion: string;
            grantedAt: string;
            grantedBy: string | null;
            /** @description A mentor recorded it on the candidate’s behalf */
            grantedOnBehalf: boolean;
            withdrawnAt: string | null;
            withdrawnOnBehalf: boolean | null;
        };
        ConsentStatusResponse: {
            /** @description Employers may find the profile (given the profile is published) */
            searchable: boolean;
            /** @description The text version in force now */
            currentTextVersion: string;
            active: components["schemas"]["ConsentRecordResponse"] | null;
            history: components["schemas"]["ConsentRecordResponse"][];
        };
        GrantConsentDto: {
            /** @description Version of the consent text the candidate read (GET /api/consent/texts) */
            textVersion: string;
        };
        CreateInvitationDto: {
            /**
             * @description employer: by IBA staff or coordinators; candidate: by mentors or IBA staff
             * @enum {string}
             */
            kind: "employer" | "candidate";
            /** @example chef@metallbau-beispiel.de */
            email: string;
            /** @description Employer joins this existing company */
            companyId?: string;
            /** @description Or a new company of this name is created on acceptance */
            companyName?: string;
            /**
             * @description Language of the invitation mail
             * @default de
             * @enum {string}
             */
            language?: "de" | "en" | "ar" | "fa" | "uk";
        };
        CreatedInvitationResponse: {
            id: string;
            /** @enum {string} */
            kind: "employer" | "candidate";
            email: string;
            companyName: string | null;
            expiresAt: string;
            usedAt: string | null;
            /** @description The link also sent by mail, to hand over in person if needed */
            acceptUrl: string;
        };
        InvitationResponse: {
            id: string;
            /** @enum {string} */
            kind: "employer" | "candidate";
            email: string;
            companyName: string | null;
            expiresAt: string;
            usedAt: string | null;
        };
        InvitationPreviewResponse: {
            /** @enum {string} */
            kind: "employer" | "candidate";
            email: string;
            companyName: string | null;
            invitedBy: string;
            expiresAt: string;
            /** @enum {string} */
            language: "de" | "en" | "ar" | "fa" | "uk";
        };
        AcceptInvitationDto: {
            password: string;
            /** @example Maria */
            givenName: string;
            /** @example Schmidt */
            familyName: string;
            /** @enum {string} */
            language?: "de" | "en" | "ar" | "fa" | "uk";
        };
        MentorshipItem: {
            id: string;
            mentorAccountId: string;
            mentorName: string;
            mentorEmail: string | null;
            grantedAt: string;
            /** @description The mentor created the candidate’s account */
            grantedWhenMentorCreatedAccount: boolean;
            withdrawnAt: string | null;
            active: boolean;
        };
        AuthoriseMentorDto: {
            /**
             * @description E-mail of the mentor’s account
             * @example mentor@demo.passgenau.de
             */
            mentorEmail: string;
        };
        AccountListItem: {
            id: string;
            email: string | null;
            loginName: string | null;
            /** @enum {string} */
            role: "candidate" | "mentor" | "employer" | "iba_staff" | "coordinator" | "admin";
            displayName: string;
            companyId: string | null;
            companyName: string | null;
            disabled: boolean;
            isDemo: boolean;
            createdAt: string;
        };
        AccountListResponse: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["AccountListItem"][];
        };
        UpdateAccountDto: {
            /**
             * @description Candidates and employers keep their role
             * @enum {string}
             */
            role?: "mentor" | "iba_staff" | "coordinator" | "admin";
            /** @description Disable (ends every session) or enable the account */
            disabled?: boolean;
        };
        OutboxMailItem: {
            id: string;
            recipient: string;
            subject: string;
            /** @description The text of the mail; secret links (reset, invitations) are redacted */
            body: string;
            createdAt: string;
            deliveredAt: string | null;
            deliveryError: string | null;
            deliveryAttempts: number;
        };
        OutboxPage: {
            total: number;
            items: components["schemas"]["OutboxMailItem"][];
        };
        JobItem: {
            id: string;
            /** @enum {string} */
            queue: "mail-delivery" | "mail-cleanup" | "profile-reminders" | "merge-archive-purge" | "saved-search-alerts" | "contact-request-expiry" | "event-reminders" | "print-batches" | "print-job-purge";
            /** @enum {string} */
            state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
            /** @description Attempts made so far */
            attempts: number;
            /** @description Attempts allowed in all (first one plus retries) */
            maxAttempts: number;
            createdAt: string;
            /** @description When the job runs (again), while waiting */
            nextAttemptAt: string | null;
            completedAt: string | null;
            /** @description Error of the last failed attempt */
            error: string | null;
            /** @description What the job works on (ids only; jobs never carry secrets) */
            data: {
                [key: string]: unknown;
            };
        };
        JobPage: {
            total: number;
            items: components["schemas"]["JobItem"][];
        };
        SiteResponse: {
            id: string;
            label: string | null;
            street: string | null;
            postalCode: string | null;
            /** @description Place name outside the towns list, or a part of a town */
            locality: string | null;
            townAgs: string | null;
            townName: string | null;
            lat: number;
            lon: number;
            /** @description False when lat/lon are the centre of the town */
            coordinatesEntered: boolean;
            isMain: boolean;
        };
        CompanyContactResponse: {
            accountId: string;
            name: string;
            /** @enum {string} */
            companyRole: "manager" | "member";
            /** @description Only for staff (IBA, coordinators, admins) and the firm itself */
            email: string | null;
        };
        CompanyListItem: {
            id: string;
            name: string;
            /** @enum {string|null} */
            wzSection: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | null;
            /** @enum {string|null} */
            sizeBand: "1-9" | "10-49" | "50-249" | "250+" | null;
            /** @description Towns of the firm’s sites (in the towns list) */
            towns: components["schemas"]["TownRef"][];
            mainSite: components["schemas"]["SiteResponse"] | null;
            /** @description Distance of the nearest site from nearTown, in km */
            distanceKm: number | null;
            offersTours: boolean;
            offersOpenHouse: boolean;
            offersInternships: boolean;
            offersApprenticeships: boolean;
            offersEqPlaces: boolean;
            canHostInterpreters: boolean;
            needsInterpreters: boolean;
            languages: string[];
            openOfferCount: number;
            showcaseOptIn: boolean;
            employsRefugees: boolean;
            contacts: components["schemas"]["CompanyContactResponse"][];
            /** @enum {string} */
            source: "passgenau" | "ba-jobsuche";
        };
        CompanyListResponse: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["CompanyListItem"][];
        };
        CompanyShowcaseResponse: {
            /** @description The firm agreed to appear in the public showcase */
            optIn: boolean;
            story: string | null;
            storyLang: string | null;
            /** @description IBA staff or a coordinator marked the firm as employing or training refugees */
            employsRefugees: boolean;
            /** @description Both: the firm is listed in the public showcase */
            listed: boolean;
            changedAt: string | null;
        };
        CompanyResponse: {
            id: string;
            name: string;
            legalForm: string | null;
            /** @enum {string|null} */
            wzSection: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | null;
            /** @enum {string|null} */
            sizeBand: "1-9" | "10-49" | "50-249" | "250+" | null;
            description: string | null;
            descriptionLang: string | null;
            website: string | null;
            languages: string[];
            offersTours: boolean;
            offersOpenHouse: boolean;
            offersInternships: boolean;
            offersApprenticeships: boolean;
            offersEqPlaces: boolean;
            canHostInterpreters: boolean;
            needsInterpreters: boolean;
            /** @description Main site first */
            sites: components["schemas"]["SiteResponse"][];
            /** @description The firm’s members; empty for visitors who are not signed in */
            contacts: components["schemas"]["CompanyContactResponse"][];
            /** @description Public URL of the logo */
            logoUrl: string | null;
            /** @description For the firm and staff always; for everyone else only while the firm is listed in the showcase */
            showcase: components["schemas"]["CompanyShowcaseResponse"] | null;
            /** @description Offers on the public job board now */
            openOfferCount: number;
            /**
             * @description ba-jobsuche: created by the job-agency import
             * @enum {string}
             */
            source: "passgenau" | "ba-jobsuche";
            createdAt: string;
            updatedAt: string;
        };
        UpdateCompanyDto: {
            /** @example Metallbau Remstal GmbH */
            name?: string;
            /** @example GmbH */
            legalForm?: string | null;
            /**
             * @description Sector: WZ 2008 section (A–U)
             * @enum {string|null}
             */
            wzSection?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | null;
            /**
             * @description People working in the firm
             * @enum {string|null}
             */
            sizeBand?: "1-9" | "10-49" | "50-249" | "250+" | null;
            /** @description Free text in any language; set descriptionLang with it */
            description?: string | null;
            /**
             * @description Language the description is written in
             * @example de
             */
            descriptionLang?: string | null;
            /** @example https://www.metallbau-remstal.de */
            website?: string | null;
            /**
             * @description Languages spoken in the firm (codes)
             * @example [
             *       "de",
             *       "tr",
             *       "ar"
             *     ]
             */
            languages?: string[];
            /** @description Offers company tours */
            offersTours?: boolean;
            /** @description Takes part in open-house days */
            offersOpenHouse?: boolean;
            offersInternships?: boolean;
            /** @description Trains apprentices (Ausbildung) */
            offersApprenticeships?: boolean;
            /** @description Offers entry qualification places (Einstiegsqualifizierung, EQ) */
            offersEqPlaces?: boolean;
            /** @description Interpreters are welcome at interviews and on site */
            canHostInterpreters?: boolean;
            /** @description The firm needs an interpreter to talk with candidates */
            needsInterpreters?: boolean;
        };
        SiteDto: {
            /** @example Werk 2 */
            label?: string | null;
            /** @example Benzstraße 12 */
            street?: string | null;
            /** @example 71334 */
            postalCode?: string | null;
            /** @description Place name, for places outside the towns list */
            locality?: string | null;
            /**
             * @description Town from GET /api/towns (AGS)
             * @example 08119079
             */
            townAgs?: string | null;
            lat?: number | null;
            lon?: number | null;
            /** @description The main site (shown first); the first site of a company is its main site */
            isMain?: boolean;
        };
        ConceptRefResponse: {
            code: string;
            /** @description One label per language the taxonomy has; pick with pickLabel */
            labels: components["schemas"]["ConceptLabelsResponse"];
        };
        OfferResponse: {
            id: string;
            companyId: string;
            companyName: string;
            /** @enum {string} */
            kind: "job" | "apprenticeship" | "internship" | "eq";
            title: string;
            description: string | null;
            descriptionLang: string | null;
            /** @description Null only for imported offers whose occupation was not found */
            occupation: components["schemas"]["OccupationRefResponse"] | null;
            /** @enum {string} */
            occupationMapping: "manual" | "preferred-label" | "alternative-label" | "unmapped";
            /** @description Occupation as the job agency wrote it (imports) */
            occupationText: string | null;
            requiredCompetences: components["schemas"]["ConceptRefResponse"][];
            niceToHaveCompetences: components["schemas"]["ConceptRefResponse"][];
            germanMinimum: components["schemas"]["GermanMinimumResponse"];
            helpfulLanguages: string[];
            suitableForCareerChangers: boolean;
            /** @description Far below the German minimum, candidates are not proposed */
            germanStrict: boolean;
            /** @description Candidates from this far (km) are proposed even beyond their travel radius */
            maxDistanceKm: number | null;
            site: components["schemas"]["SiteResponse"] | null;
            /** Format: date */
            startsOn: string | null;
            hoursPerWeek: number | null;
            durationWeeks: number | null;
            places: number;
            /** @enum {string} */
            status: "draft" | "open" | "filled" | "closed";
            /** Format: date */
            closesOn: string | null;
            /** @description On the public job board now (open and not past its closing date) */
            listed: boolean;
            publishedAt: string | null;
            /** @enum {string} */
            source: "passgenau" | "ba-jobsuche";
            /** @description The job agency’s reference number (refnr) */
            externalRef: string | null;
            externalUrl: string | null;
            /** @description Candidates who marked interest. Who they are reaches the firm only through contact requests (matching issue). */
            interestCount: number;
            createdAt: string;
            updatedAt: string;
        };
        OfferListResponse: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["OfferResponse"][];
        };
        GermanMinimumDto: {
            /** @enum {string|null} */
            overall?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /**
             * @description Listening and reading
             * @enum {string|null}
             */
            understanding?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            speaking?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            writing?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
        };
        CreateOfferDto: {
            /** @enum {string} */
            kind: "job" | "apprenticeship" | "internship" | "eq";
            /** @example Ausbildung Metallbauer/in Konstruktionstechnik 2027 */
            title: string;
            /** @description Free text in any language; set descriptionLang with it */
            description?: string | null;
            /** @example de */
            descriptionLang?: string | null;
            /**
             * @description Occupation code from GET /api/taxonomy/occupations
             * @example http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b
             */
            occupationCode: string;
            /** @description Competence codes (GET /api/taxonomy/skills) a candidate must bring */
            requiredCompetences?: string[];
            /** @description Competence codes that help */
            niceToHaveCompetences?: string[];
            germanMinimum?: components["schemas"]["GermanMinimumDto"];
            /**
             * @description Other languages that help (e.g. spoken in the team)
             * @example [
             *       "ar",
             *       "tr"
             *     ]
             */
            helpfulLanguages?: string[];
            /** @description Suitable for people changing careers (Quereinsteiger) */
            suitableForCareerChangers?: boolean;
            /** @description The German minimum is strict: candidates far below it (two levels or more) are not proposed */
            germanStrict?: boolean;
            /** @description Propose candidates from this far (km) even beyond their travel radius (e.g. transport offered) */
            maxDistanceKm?: number | null;
            /** @description One of the company’s sites */
            siteId?: string | null;
            /**
             * Format: date
             * @example 2027-09-01
             */
            startsOn?: string | null;
            /** @example 39 */
            hoursPerWeek?: number | null;
            /** @description Duration in weeks (internships, EQ) */
            durationWeeks?: number | null;
            /**
             * @description Number of places
             * @default 1
             */
            places?: number;
            /**
             * @description Only open offers appear on the job board
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "open" | "filled" | "closed";
            /**
             * Format: date
             * @description Last day on the job board; not before startsOn
             */
            closesOn?: string | null;
        };
        UpdateOfferDto: {
            /** @enum {string} */
            kind?: "job" | "apprenticeship" | "internship" | "eq";
            /** @example Ausbildung Metallbauer/in Konstruktionstechnik 2027 */
            title?: string;
            /** @description Free text in any language; set descriptionLang with it */
            description?: string | null;
            /** @example de */
            descriptionLang?: string | null;
            /**
             * @description Occupation code from GET /api/taxonomy/occupations
             * @example http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b
             */
            occupationCode?: string;
            /** @description Competence codes (GET /api/taxonomy/skills) a candidate must bring */
            requiredCompetences?: string[];
            /** @description Competence codes that help */
            niceToHaveCompetences?: string[];
            germanMinimum?: components["schemas"]["GermanMinimumDto"];
            /**
             * @description Other languages that help (e.g. spoken in the team)
             * @example [
             *       "ar",
             *       "tr"
             *     ]
             */
            helpfulLanguages?: string[];
            /** @description Suitable for people changing careers (Quereinsteiger) */
            suitableForCareerChangers?: boolean;
            /** @description The German minimum is strict: candidates far below it (two levels or more) are not proposed */
            germanStrict?: boolean;
            /** @description Propose candidates from this far (km) even beyond their travel radius (e.g. transport offered) */
            maxDistanceKm?: number | null;
            /** @description One of the company’s sites */
            siteId?: string | null;
            /**
             * Format: date
             * @example 2027-09-01
             */
            startsOn?: string | null;
            /** @example 39 */
            hoursPerWeek?: number | null;
            /** @description Duration in weeks (internships, EQ) */
            durationWeeks?: number | null;
            /**
             * @description Number of places
             * @default 1
             */
            places?: number;
            /**
             * @description Only open offers appear on the job board
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "open" | "filled" | "closed";
            /**
             * Format: date
             * @description Last day on the job board; not before startsOn
             */
            closesOn?: string | null;
        };
        JobBoardCompanyProfile: {
            /** @enum {string|null} */
            wzSection: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | null;
            /** @enum {string|null} */
            sizeBand: "1-9" | "10-49" | "50-249" | "250+" | null;
            website: string | null;
            languages: string[];
            canHostInterpreters: boolean;
            needsInterpreters: boolean;
        };
        JobBoardOfferDetail: {
            id: string;
            /** @enum {string} */
            kind: "job" | "apprenticeship" | "internship" | "eq";
            /** @description As the firm wrote it */
            title: string;
            company: components["schemas"]["JobBoardCompanyRef"];
            place: components["schemas"]["JobBoardPlace"] | null;
            /** @description km from nearTown (when given) */
            distanceKm: number | null;
            /** @description Labels in every language the taxonomy has */
            occupation: components["schemas"]["OccupationRefResponse"] | null;
            germanMinimum: components["schemas"]["GermanMinimumResponse"];
            /** Format: date */
            startsOn: string | null;
            hoursPerWeek: number | null;
            durationWeeks: number | null;
            places: number;
            /** Format: date */
            closesOn: string | null;
            suitableForCareerChangers: boolean;
            /** @enum {string} */
            source: "passgenau" | "ba-jobsuche";
            /** @description The original listing (job-agency imports) */
            externalUrl: string | null;
            publishedAt: string | null;
            /** @description As the firm wrote it, in descriptionLang */
            description: string | null;
            descriptionLang: string | null;
            requiredCompetences: components["schemas"]["ConceptRefResponse"][];
            niceToHaveCompetences: components["schemas"]["ConceptRefResponse"][];
            helpfulLanguages: string[];
            companyProfile: components["schemas"]["JobBoardCompanyProfile"];
            /** @description For a signed-in candidate: when they marked interest */
            interestMarkedAt: string | null;
        };
        InterestDto: {
            /** @description The candidate to act for: required for mentors, optional for candidates (themselves) */
            candidateId?: string;
        };
        OfferInterestResponse: {
            offerId: string;
            candidateId: string;
            markedAt: string;
            /** @description A mentor marked it for the candidate */
            markedOnBehalf: boolean;
        };
        CandidateInterestItem: {
            offerId: string;
            candidateId: string;
            markedAt: string;
            /** @description A mentor marked it for the candidate */
            markedOnBehalf: boolean;
            title: string;
            /** @enum {string} */
            kind: "job" | "apprenticeship" | "internship" | "eq";
            companyId: string;
            companyName: string;
            /** @description Still on the job board */
            listed: boolean;
        };
        ShowcaseItem: {
            companyId: string;
            name: string;
            /** @enum {string|null} */
            wzSection: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U" | null;
            /** @enum {string|null} */
            sizeBand: "1-9" | "10-49" | "50-249" | "250+" | null;
            towns: components["schemas"]["TownRef"][];
            /** @description As the firm wrote it, in storyLang */
            story: string;
            storyLang: string;
            logoUrl: string | null;
            website: string | null;
            openOfferCount: number;
        };
        ShowcasePage: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["ShowcaseItem"][];
        };
        ShowcaseOptInDto: {
            /** @description true: appear in the public showcase (once staff confirmed); false: leave it at once */
            optIn: boolean;
            /** @description Short story, required to opt in */
            story?: string | null;
            /**
             * @description Language of the story
             * @example de
             */
            storyLang?: string | null;
        };
        RefugeeEmployerDto: {
            /** @description The firm employs or trains refugees (confirmed by IBA staff or a coordinator) */
            employsRefugees: boolean;
        };
        BaJobsucheImportDto: {
            /** @description Job listings: refnr, arbeitgeber, beruf, titel?, arbeitsort {plz, ort, strasse, koordinaten {lat, lon}}, eintrittsdatum, kundennummerHash, … */
            stellenangebote: {
                [key: string]: unknown;
            }[];
            /** @description Ignored (paging of the job agency) */
            maxErgebnisse?: Record<string, never>;
            /** @description Ignored */
            page?: Record<string, never>;
            /** @description Ignored */
            size?: Record<string, never>;
            /** @description Ignored */
            facetten?: {
                [key: string]: unknown;
            };
        };
        SkippedRecord: {
            /** @description Position in stellenangebote (from 0) */
            index: number;
            refnr: string | null;
            /** @example bad coordinates */
            reason: string;
        };
        BaJobsucheImportReport: {
            /** @description New offers */
            created: number;
            /** @description Offers (by refnr) whose data changed */
            updated: number;
            /** @description Offers (by refnr) imported before with the same data */
            unchanged: number;
            skipped: components["schemas"]["SkippedRecord"][];
            /** @description Firms the import created */
            companiesCreated: number;
            /** @description Imported offers whose occupation matched no taxonomy label (occupationMapping unmapped) */
            unmappedOccupations: number;
        };
        InterestedCandidateItem: {
            /** @description Pseudonym of the published profile (opens /profiles/{pseudonym}) */
            pseudonym: string;
            markedAt: string;
        };
        OfferInterestedResponse: {
            /** @description Everyone who marked interest (the "Interested" count of the offer) */
            total: number;
            /** @description Those whose profile employers may see now; the others are counted only */
            items: components["schemas"]["InterestedCandidateItem"][];
        };
        PendingCompanyItem: {
            companyId: string;
            companyName: string;
            /** @description Town of the main site */
            town: string | null;
            /** @description Name of the manager who signed up */
            contactName: string | null;
            contactEmail: string | null;
            /** @description When the firm signed up */
            requestedAt: string;
        };
        CompanyVerificationResponse: {
            companyId: string;
            /** @enum {string} */
            status: "pending" | "verified" | "rejected";
            /** @description Managers of the firm who were told by e-mail */
            notified: number;
        };
        LanguageSkillResponse: {
            language: string;
            native: boolean;
            /** @enum {string|null} */
            overall: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            understanding: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            speaking: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
            /** @enum {string|null} */
            writing: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | null;
        };
        CertificateResponse: {
            /** @enum {string} */
            kind: "DTZ" | "telc" | "Goethe" | "other";
            name: string | null;
            /** @enum {string} */
            level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            issuedOn: string;
        };
        EvidenceResponse: {
            id: string;
            /** @enum {string} */
            kind: "self" | "mentor" | "provider";
            /** @enum {string|null} */
            level: "basic" | "good" | "very_good" | null;
            /** @description Mentor evidence: who saw it (not in the employer view) */
            observedBy: string | null;
            /** @description Mentor evidence: the account that observed it (not in the employer view) */
            observedByAccountId: string | null;
            observedOn: string | null;
            provider: string | null;
            procedure: string | null;
            assessedOn: string | null;
            /** @description Confirmed by Team IBA */
            confirmedByIba: boolean;
        };
        CompetenceResponse: {
            code: string;
            /** @enum {string} */
            kind: "occupation" | "skill";
            labels: components["schemas"]["ConceptLabelsResponse"];
            /** @description Strongest evidence first */
            evidence: components["schemas"]["EvidenceResponse"][];
        };
        SchoolingResponse: {
            years: number | null;
            country: string | null;
            /** @enum {string|null} */
            level: "none" | "primary" | "lower_secondary" | "upper_secondary" | "university_entrance" | null;
        };
        EducationResponse: {
            /** @enum {string} */
            kind: "vocational" | "academic";
            title: string;
            titleLang: string;
            occupationCode: string | null;
            occupationLabels?: components["schemas"]["ConceptLabelsResponse"];
            country: string | null;
            yearCompleted: number | null;
            /** @enum {string} */
            recognition: "not_started" | "in_progress" | "partly" | "fully";
        };
        ExperienceResponse: {
            occupationCode: string;
            occupationLabels: components["schemas"]["ConceptLabelsResponse"];
            years: number;
            country: string | null;
        };
        TextVersionResponse: {
            text: string;
            lang: string;
            writtenBy: string | null;
            writtenAt: string;
        };
        ProfileTextResponse: {
            /** @enum {string} */
            subject: "about" | "experience" | "education" | "wishes";
            /** @description As the candidate wrote it */
            original: components["schemas"]["TextVersionResponse"] | null;
            /** @description Tidied or translated by a mentor */
            tidied: components["schemas"]["TextVersionResponse"] | null;
        };
        WishesResponse: {
            occupations: components["schemas"]["OccupationRefResponse"][];
            kinds: ("apprenticeship" | "job" | "internship" | "eq")[];
            hoursPerWeek: number | null;
            earliestStart: string | null;
        };
        MobilityResponse: {
            homeTownAgs: string | null;
            homeTownName: string | null;
            homePlace: string | null;
            travelKm: number | null;
            travelMinutes: number | null;
            drivingLicences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "L" | "T")[];
        };
        CompletenessResponse: {
            percent: number;
            missing: ("german_level" | "other_languages" | "core_skills" | "competences" | "evidence" | "schooling" | "experience_or_education" | "wishes" | "availability" | "home_place" | "work_permit")[];
            /** @description Has the minimum content for publishing */
            publishable: boolean;
        };
        VisibilityResponse: {
            visible: boolean;
            since: string | null;
            reasons: ("draft" | "no_consent" | "incomplete" | "needs_reconfirmation")[];
            /** @description Confirm the profile again before this date */
            reconfirmBy: string | null;
        };
        EmployerNoticeResponse: {
            /** @description The field, e.g. texts.about.original or education.0.title */
            field: string;
            /** @description What employers do not see */
            withheld: ("email" | "phone" | "name" | "street")[];
            message: string;
        };
        ProfileResponse: {
            candidateId: string;
            pseudonym: string;
            givenName: string;
            familyName: string;
            birthYear: number | null;
            phone: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            publishedAt: string | null;
            confirmedAt: string | null;
            languages: components["schemas"]["LanguageSkillResponse"][];
            germanCertificates: components["schemas"]["CertificateResponse"][];
            /** @enum {string|null} */
            mathsLevel: "none" | "basic" | "good" | "very_good" | null;
            /** @enum {string|null} */
            computerLevel: "none" | "basic" | "good" | "very_good" | null;
            competences: components["schemas"]["CompetenceResponse"][];
            schooling: components["schemas"]["SchoolingResponse"];
            education: components["schemas"]["EducationResponse"][];
            experience: components["schemas"]["ExperienceResponse"][];
            texts: components["schemas"]["ProfileTextResponse"][];
            wishes: components["schemas"]["WishesResponse"];
            mobility: components["schemas"]["MobilityResponse"];
            /** @enum {string} */
            workPermit: "permitted" | "needs_approval" | "not_permitted" | "unknown";
            completeness: components["schemas"]["CompletenessResponse"];
            visibility: components["schemas"]["VisibilityResponse"];
            updatedAt: string | null;
            updatedBy: string | null;
            /** @description Last change made by a mentor on the candidate’s behalf */
            updatedOnBehalf: boolean;
            /** @description Free text meant for employers that contains a name, phone number, e-mail address or street: these parts are held back from employers */
            employerNotices: components["schemas"]["EmployerNoticeResponse"][];
        };
        LanguageSkillDto: {
            /**
             * @description ISO 639 code (de, ar, fa, uk, prs, ti …)
             * @example de
             */
            language: string;
            native?: boolean;
            /** @enum {string} */
            overall?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            /** @enum {string} */
            understanding?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            /** @enum {string} */
            speaking?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            /** @enum {string} */
            writing?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
        };
        GermanCertificateDto: {
            /** @enum {string} */
            kind: "DTZ" | "telc" | "Goethe" | "other";
            /** @description Name when kind is other */
            name?: string;
            /** @enum {string} */
            level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
            /** @example 2025-06-30 */
            issuedOn: string;
        };
        CompetenceEvidenceDto: {
            /** @description Id of stored evidence (from the profile response); without it, new evidence by the saver. Someone else’s evidence cannot be changed. */
            id?: string;
            /**
             * @description Assessments by providers come through the assessment import
             * @enum {string}
             */
            kind: "self" | "mentor";
            /** @enum {string} */
            level?: "basic" | "good" | "very_good";
            /** @description When a mentor saw it (mentor evidence) */
            observedOn?: string;
        };
        CompetenceDto: {
            /** @description Taxonomy code (ESCO skill or occupation URI, or a product code) */
            code: string;
            evidence: components["schemas"]["CompetenceEvidenceDto"][];
        };
        SchoolingDto: {
            years?: number;
            /**
             * @description ISO 3166 alpha-2
             * @example SY
             */
            country?: string;
            /** @enum {string} */
            level?: "none" | "primary" | "lower_secondary" | "upper_secondary" | "university_entrance";
        };
        EducationDto: {
            /** @enum {string} */
            kind: "vocational" | "academic";
            /** @description As written, in any language */
            title: string;
            /** @example ar */
            titleLang: string;
            occupationCode?: string;
            country?: string;
            yearCompleted?: number;
            /** @enum {string} */
            recognition: "not_started" | "in_progress" | "partly" | "fully";
        };
        ExperienceDto: {
            occupationCode: string;
            years: number;
            country?: string;
        };
        ProfileTextDto: {
            /** @enum {string} */
            subject: "about" | "experience" | "education" | "wishes";
            /**
             * @description A mentor’s tidied or translated version stands beside the original
             * @enum {string}
             */
            version: "original" | "tidied";
            text: string;
            /** @example uk */
            lang: string;
        };
        WishesDto: {
            /** @description Occupation codes */
            occupations: string[];
            kinds: ("apprenticeship" | "job" | "internship" | "eq")[];
            hoursPerWeek?: number;
            /** @example 2027-02-01 */
            earliestStart?: string;
        };
        MobilityDto: {
            /** @description AGS of a town of the district */
            homeTownAgs?: string;
            /** @description A place outside the towns list */
            homePlace?: string;
            travelKm?: number;
            travelMinutes?: number;
            drivingLicences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "L" | "T")[];
        };
        UpdateProfileDto: {
            /** @description Personal: used to spot duplicate profiles, never shown to employers */
            birthYear?: number;
            /** @description Personal; never shown to employers */
            phone?: string;
            languages: components["schemas"]["LanguageSkillDto"][];
            germanCertificates: components["schemas"]["GermanCertificateDto"][];
            /** @enum {string} */
            mathsLevel?: "none" | "basic" | "good" | "very_good";
            /** @enum {string} */
            computerLevel?: "none" | "basic" | "good" | "very_good";
            competences: components["schemas"]["CompetenceDto"][];
            schooling: components["schemas"]["SchoolingDto"];
            education: components["schemas"]["EducationDto"][];
            experience: components["schemas"]["ExperienceDto"][];
            texts: components["schemas"]["ProfileTextDto"][];
            wishes: components["schemas"]["WishesDto"];
            mobility: components["schemas"]["MobilityDto"];
            /**
             * @description Seen only by the candidate, their mentors, IBA staff and admins
             * @enum {string}
             */
            workPermit: "permitted" | "needs_approval" | "not_permitted" | "unknown";
        };
        PseudonymousProfileResponse: {
            /** @example K-7F3Q */
            pseudonym: string;
            languages: components["schemas"]["LanguageSkillResponse"][];
            germanCertificates: components["schemas"]["CertificateResponse"][];
            /** @enum {string|null} */
            mathsLevel: "none" | "basic" | "good" | "very_good" | null;
            /** @enum {string|null} */
            computerLevel: "none" | "basic" | "good" | "very_good" | null;
            competences: components["schemas"]["CompetenceResponse"][];
            schooling: components["schemas"]["SchoolingResponse"];
            education: components["schemas"]["EducationResponse"][];
            experience: components["schemas"]["ExperienceResponse"][];
            /** @description Free texts; the tidied version where a mentor wrote one */
            texts: components["schemas"]["TextVersionResponse"][];
            wishes: components["schemas"]["WishesResponse"];
            /** @description Town only, never an address */
            homeTownName: string | null;
            travelKm: number | null;
            travelMinutes: number | null;
            drivingLicences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C1E" | "C" | "CE" | "D1" | "D1E" | "D" | "DE" | "L" | "T")[];
            /** @enum {string} */
            mayWork: "yes" | "with_approval" | "unknown";
            completenessPercent: number;
        };
        ProfileListResponse: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["PseudonymousProfileResponse"][];
        };
        AssessmentResultDto: {
            /** @description Taxonomy code of the competence */
            code: string;
            /** @enum {string} */
            level: "basic" | "good" | "very_good";
        };
        AssessmentDto: {
            candidateId: string;
            /** @example Bildungszentrum Waiblingen */
            provider: string;
            /**
             * @description Procedure: MYSKILLS, a chamber test, a training workshop …
             * @example MYSKILLS
             */
            procedure: string;
            /** @example 2026-10-14 */
            assessedOn: string;
            results: components["schemas"]["AssessmentResultDto"][];
        };
        AttachedAssessmentResponse: {
            evidenceIds: string[];
        };
        /**
         * @description Stable code of one field error; see docs/errors.md ("Field codes").
         * @enum {string}
         */
        FieldErrorCode: "REQUIRED" | "TOO_SHORT" | "TOO_LONG" | "TOO_FEW" | "TOO_MANY" | "TOO_SMALL" | "TOO_LARGE" | "NOT_A_STRING" | "NOT_A_NUMBER" | "NOT_AN_INTEGER" | "NOT_A_BOOLEAN" | "NOT_A_LIST" | "NOT_AN_OBJECT" | "NOT_A_DATE" | "NOT_AN_EMAIL" | "NOT_A_URL" | "NOT_AN_ID" | "BAD_FORMAT" | "NOT_ALLOWED" | "UNKNOWN_FIELD" | "DATE_IN_FUTURE" | "DATE_ORDER" | "UNKNOWN_CODE" | "UNKNOWN_TOWN" | "DUPLICATE" | "NOT_FOUND" | "WRONG_STATE" | "TAKEN" | "AWAITING_CHECK" | "CHECK_REFUSED" | "LINK_INVALID" | "OUTDATED" | "CONFLICTING" | "UNSAFE_INPUT" | "BAD_FILE" | "MISSING_FOR_STEP" | "NOT_CHANGEABLE" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_COMMON" | "PASSWORD_REPEATED" | "PASSWORD_CONTAINS_EMAIL" | "INVALID";
        FieldErrorResponse: {
            field: string;
            code: components["schemas"]["FieldErrorCode"];
            /** @description English explanation for logs; the web app shows texts by code. */
            message: string;
            /** @description The length, count or number the field must stay within. */
            limit?: number;
        };
        CsvRowResult: {
            /** @description Line in the file (the header is line 1) */
            row: number;
            candidate: string;
            code: string;
            level: string;
            errors: components["schemas"]["FieldErrorResponse"][];
        };
        CsvPreviewResponse: {
            rows: components["schemas"]["CsvRowResult"][];
            valid: number;
            invalid: number;
        };
        CsvImportResponse: {
            rows: components["schemas"]["CsvRowResult"][];
            valid: number;
            invalid: number;
            imported: number;
        };
        DuplicateCandidateRef: {
            id: string;
            name: string;
            birthYear: number | null;
        };
        DuplicatePairResponse: {
            candidateA: components["schemas"]["DuplicateCandidateRef"];
            candidateB: components["schemas"]["DuplicateCandidateRef"];
            /**
             * @description likely: same name and birth year; hint: same phone only
             * @enum {string}
             */
            strength: "likely" | "hint";
            /** @enum {string} */
            reason: "same_name_and_birth_year" | "same_phone";
        };
        MergeDuplicateDto: {
            /** @description The record that stays */
            keep: string;
            /** @description The record whose missing parts move over and which is then removed (restorable for 30 days) */
            remove: string;
            /**
             * @description Why Team IBA is sure both records are one person (kept with the merge)
             * @example Same person: registered twice, confirmed in person on 2026-11-30
             */
            reason: string;
        };
        MergeResultResponse: {
            /** @description The archive of the removed record (restore with this id) */
            archiveId: string;
            keptCandidateId: string;
            restorableUntil: string;
            /** @description Mentor authorisations moved to the kept record (only with a notice) */
            mentorsMoved: number;
            /** @description The candidate was told by e-mail */
            candidateNotified: boolean;
        };
        MergedCandidateResponse: {
            archiveId: string;
            kept: components["schemas"]["DuplicateCandidateRef"];
            /** @description Id the removed record had and gets back on restore */
            removedCandidateId: string;
            removedName: string;
            mergedAt: string;
            mergedByName: string;
            reason: string;
            restorableUntil: string;
        };
        RestoredCandidateResponse: {
            candidateId: string;
        };
        DismissDuplicateDto: {
            candidateA: string;
            candidateB: string;
        };
        SearchOutboxHealth: {
            /** @description Changes waiting to reach the search indexes */
            waiting: number;
            /** @description Age of the oldest waiting change in seconds */
            oldestAgeSeconds: number | null;
        };
        EmbeddedServerHealth: {
            /** @enum {string} */
            state: "running" | "restarting" | "stopped";
            /** @description How often the supervisor started it again after it died */
            restarts: number;
            /** @description How it last died, e.g. "exited with signal SIGKILL" */
            lastExit: string | null;
            /** Format: date-time */
            lastExitAt: string | null;
            /** Format: date-time */
            lastRestartAt: string | null;
            /** @description Why the last attempt to start it again failed */
            lastRestartError: string | null;
        };
        EmbeddedServersHealth: {
            postgres?: components["schemas"]["EmbeddedServerHealth"];
            meilisearch?: components["schemas"]["EmbeddedServerHealth"];
        };
        HealthResponse: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "up" | "down";
            /** @enum {string} */
            search: "up" | "down";
            /** @description Lag of the search indexes behind PostgreSQL (absent when the database does not answer) */
            searchOutbox?: components["schemas"]["SearchOutboxHealth"];
            version: string;
            /** @description Seconds since the process started */
            uptimeSeconds: number;
            /** @description The embedded servers this process started and supervises (absent when they run elsewhere) */
            embedded?: components["schemas"]["EmbeddedServersHealth"];
        };
        MatchedLabelResponse: {
            /** @enum {string} */
            lang: "de" | "en" | "ar" | "fa" | "uk";
            text: string;
        };
        DistinctionResponse: {
            /**
             * @description label = the label in a second language (German, for German readers English); iscoGroup = ISCO-08 unit group; description = first sentence of the ESCO description
             * @enum {string}
             */
            kind: "label" | "iscoGroup" | "description";
            /**
             * @description Language of text
             * @enum {string}
             */
            lang: "de" | "en" | "ar" | "fa" | "uk";
            text: string;
        };
        TaxonomyHitResponse: {
            /** @description ESCO URI, or the product code for its own competences */
            code: string;
            /** @enum {string} */
            kind: "occupation" | "skill";
            /** @description ISCO-08 unit group (occupations) */
            iscoGroup: string | null;
            labels: components["schemas"]["ConceptLabelsResponse"];
            /** @description The label the query matched */
            matched: components["schemas"]["MatchedLabelResponse"] | null;
            /** @description Set when another hit of this answer shows the same label in the reader language: what tells them apart */
            distinction: components["schemas"]["DistinctionResponse"] | null;
        };
        TaxonomySearchResponse: {
            query: string;
            hits: components["schemas"]["TaxonomyHitResponse"][];
            estimatedTotalHits: number;
        };
        ConceptLabelVariantResponse: {
            /** Format: uuid */
            id: string;
            text: string;
            /** @enum {string} */
            source: "esco" | "passgenau" | "coordinator";
            preferred: boolean;
        };
        RelatedSkillResponse: {
            code: string;
            essential: boolean;
            labels: components["schemas"]["ConceptLabelsResponse"];
        };
        ConceptResponse: {
            code: string;
            /** @enum {string} */
            kind: "occupation" | "skill";
            iscoGroup: string | null;
            labels: components["schemas"]["ConceptLabelsResponse"];
            /** @description All labels per language, preferred first */
            allLabels: {
                [key: string]: components["schemas"]["ConceptLabelVariantResponse"][];
            };
            descriptionEn: string | null;
            descriptionDe: string | null;
            /** @description Skills of an occupation, essential first (ESCO relations) */
            skills: components["schemas"]["RelatedSkillResponse"][];
        };
        AddTaxonomyLabelDto: {
            /** @description Code of the occupation or competence (ESCO URI or product code) */
            code: string;
            /** @enum {string} */
            lang: "de" | "en" | "ar" | "fa" | "uk";
            /**
             * @description The label as people of this language say it
             * @example طباخ
             */
            text: string;
            /**
             * @description Shown as the name of the concept in this language (else a search synonym)
             * @default false
             */
            preferred?: boolean;
        };
        TaxonomyLabelResponse: {
            id: string;
            code: string;
            /** @enum {string} */
            lang: "de" | "en" | "ar" | "fa" | "uk";
            text: string;
            preferred: boolean;
            /** @enum {string} */
            source: "coordinator";
        };
        TownResponse: {
            /**
             * @description Official municipality key (AGS)
             * @example 08119001
             */
            ags: string;
            /** @example Alfdorf */
            name: string;
            /** @example Rems-Murr-Kreis */
            district: string;
            /** @example Baden-Württemberg */
            state: string;
            /** @description Latitude (WGS 84) */
            lat: number;
            /** @description Longitude (WGS 84) */
            lon: number;
            /** @description Population (Zensus 2022) */
            population: number | null;
            postalCodes: string[];
        };
        CreateTownDto: {
            /**
             * @description Official municipality key (AGS), 8 digits
             * @example 08119001
             */
            ags: string;
            /** @example Alfdorf */
            name: string;
            /** @example Rems-Murr-Kreis */
            district: string;
            /** @example Baden-Württemberg */
            state: string;
            /** @description Latitude (WGS 84) */
            lat: number;
            /** @description Longitude (WGS 84) */
            lon: number;
            population?: number | null;
            /**
             * @example [
             *       "73553"
             *     ]
             */
            postalCodes?: string[];
        };
        UpdateTownDto: {
            /** @example Alfdorf */
            name?: string;
            /** @example Rems-Murr-Kreis */
            district?: string;
            /** @example Baden-Württemberg */
            state?: string;
            /** @description Latitude (WGS 84) */
            lat?: number;
            /** @description Longitude (WGS 84) */
            lon?: number;
            population?: number | null;
            /**
             * @example [
             *       "73553"
             *     ]
             */
            postalCodes?: string[];
        };
        CandidateMatchItem: {
            /** @example K-7F3Q */
            pseudonym: string;
            /** @description Town only, never an address */
            homeTownName: string | null;
            /** @description Score 0..1 */
            score: number;
            /** @description Score in percent, rounded */
            percent: number;
            explanation: components["schemas"]["MatchExplanationResponse"];
        };
        OfferMatchesResponse: {
            offerId: string;
            /** @description Candidates that fit (hard rules passed) */
            total: number;
            page: number;
            pageSize: number;
            /** @description Best first */
            items: components["schemas"]["CandidateMatchItem"][];
            /** @description Labels of every competence and occupation code in the explanations, in every language */
            concepts: components["schemas"]["ConceptRefResponse"][];
        };
        OfferMatchResponse: {
            /** @example K-7F3Q */
            pseudonym: string;
            /** @description Town only, never an address */
            homeTownName: string | null;
            /** @description Score 0..1 */
            score: number;
            /** @description Score in percent, rounded */
            percent: number;
            explanation: components["schemas"]["MatchExplanationResponse"];
            concepts: components["schemas"]["ConceptRefResponse"][];
        };
        MatchedOfferResponse: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "job" | "apprenticeship" | "internship" | "eq";
            companyId: string;
            companyName: string;
            occupationCode: string | null;
            /** @description Town or locality of the site */
            place: string | null;
            /** Format: date */
            startsOn: string | null;
        };
        OfferMatchItem: {
            offer: components["schemas"]["MatchedOfferResponse"];
            /** @description Score 0..1 */
            score: number;
            /** @description Score in percent, rounded */
            percent: number;
            explanation: components["schemas"]["MatchExplanationResponse"];
        };
        CandidateMatchesResponse: {
            candidateId: string;
            /** @description Open offers that fit (hard rules passed) */
            total: number;
            page: number;
            pageSize: number;
            /** @description Hard rules on the candidate’s side that exclude every offer (e.g. may_not_work) */
            blockedBy: ("may_not_work" | "too_far" | "german_far_below")[];
            /** @description Best first */
            items: components["schemas"]["OfferMatchItem"][];
            concepts: components["schemas"]["ConceptRefResponse"][];
        };
        EventMatchFirmResponse: {
            /** @description The firm’s registration id (registered) or the guest firm’s id (entered on the spot) */
            id: string;
            /** @enum {string} */
            source: "registered" | "guest";
            companyId: string | null;
            name: string;
            /** @description Guest firms: the town of the work */
            townName: string | null;
            /** @enum {string|null} */
            offerKind: "job" | "apprenticeship" | "internship" | "eq" | null;
            /** @description Registered firms: the titles of the offers they bring */
            offerTitles: string[];
            /** @description Guest firms: the occupations they look for */
            occupations: components["schemas"]["ConceptRefResponse"][];
            /** @description Guest firms: the competences they ask for */
            competences: components["schemas"]["ConceptRefResponse"][];
        };
        CreateGuestFirmDto: {
            /** @description The firm’s name as it introduces itself */
            name: string;
            /**
             * @description Municipality key (AGS) of the town where the work is
             * @example 08119079
             */
            townAgs: string;
            /**
             * @description What the firm offers
             * @default job
             * @enum {string}
             */
            offerKind?: "job" | "apprenticeship" | "internship" | "eq";
            /** @description Occupations the firm looks for (codes of GET /api/taxonomy/occupations) */
            occupationCodes: string[];
            /** @description Competences the firm asks for (codes of GET /api/taxonomy/skills); counted as required */
            competenceCodes?: string[];
        };
        CreatePrintJobDto: {
            /**
             * @description event_match_lists: every firm’s match list; event_everything: speed-dating plans and badges
             * @enum {string}
             */
            kind: "event_match_lists" | "event_everything";
            /**
             * @description Match lists: how many of the best per firm
             * @default 10
             */
            top?: number;
            /**
             * @description Print language; default: the account’s language
             * @enum {string}
             */
            lang?: "de" | "en" | "ar" | "fa" | "uk";
        };
        PrintJobResponse: {
            id: string;
            eventId: string;
            /** @enum {string} */
            kind: "event_match_lists" | "event_everything";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description Steps done (match lists: one per firm, then the PDF) */
            done: number;
            /** @description Steps in all; 0 until the job has started */
            total: number;
            /** @description Who asked for it */
            requestedBy: string;
            /** @enum {string} */
            lang: "de" | "en" | "ar" | "fa" | "uk";
            top: number | null;
            /** @description Size of the PDF in bytes, once done */
            bytes: number | null;
            /** @description Why it failed (English, for staff and logs) */
            error: string | null;
            /** @description An error code of docs/errors.md when it failed */
            errorCode: string | null;
            createdAt: string;
            finishedAt: string | null;
            /** @description Until when it can be downloaded */
            expiresAt: string;
        };
        ShortlistEntryResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            offerId: string | null;
            offerTitle: string | null;
            note: string | null;
            /** Format: date-time */
            addedAt: string;
            /** @description The pseudonymous profile, never a name */
            profile: components["schemas"]["PseudonymousProfileResponse"];
            /**
             * @description State of the firm’s latest contact request to this candidate, if any
             * @enum {string|null}
             */
            requestStatus: "awaiting_broker" | "returned" | "open" | "accepted" | "declined" | "expired" | null;
        };
        ShortlistResponse: {
            items: components["schemas"]["ShortlistEntryResponse"][];
        };
        AddShortlistEntryDto: {
            /**
             * @description The candidate’s pseudonym
             * @example K7Q2M9
             */
            pseudonym: string;
            /**
             * Format: uuid
             * @description One of the firm’s own offers; leave out for the firm’s general shortlist
             */
            offerId?: string | null;
            /** @description Private note of the firm */
            note?: string | null;
        };
        UpdateShortlistEntryDto: {
            /** @description Private note; empty removes it */
            note: string | null;
        };
        SendContactRequestDto: {
            /**
             * @description The candidate’s pseudonym
             * @example K7Q2M9
             */
            pseudonym: string;
            /**
             * Format: uuid
             * @description The firm’s own offer the request is about; optional (a request from the general shortlist names none)
             */
            offerId?: string | null;
            /** @description The firm’s message, stored and mailed as written */
            message: string;
        };
        SharedContactResponse: {
            givenName: string;
            familyName: string;
            /** @description Only when the candidate chose to share it */
            email: string | null;
            /** @description Only when the candidate chose to share it */
            phone: string | null;
        };
        OutcomeResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            stage: "talk" | "trial" | "apprenticeship_contract" | "employment_contract" | "ended";
            /** Format: date */
            occurredOn: string;
            /** @enum {string|null} */
            endedReason: "hired_elsewhere" | "candidate_withdrew" | "firm_withdrew" | "not_suitable" | "completed" | "other" | null;
            /** @description Role of who recorded it: employer, mentor or iba_staff */
            recordedByRole: string;
            /** Format: date-time */
            recordedAt: string;
        };
        SentContactRequestResponse: {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** Format: uuid */
            offerId: string | null;
            offerTitle: string | null;
            message: string;
            /** @enum {string} */
            status: "awaiting_broker" | "returned" | "open" | "accepted" | "declined" | "expired";
            /** @enum {string|null} */
            declineReason: "not_interested" | "found_work" | "too_far" | "not_now" | "offer_not_suitable" | "other" | null;
            /** @description IBA staff’s comment when they returned the request */
            brokerComment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            /** @description Set when IBA staff sent the request on the firm’s behalf: the staff member’s name (empty if their account is gone); null when the firm sent it */
            sentByStaffName: string | null;
            /** @description Name and the contact data the candidate chose to share; only once accepted (each read is logged) */
            contact: components["schemas"]["SharedContactResponse"] | null;
            outcomes: components["schemas"]["OutcomeResponse"][];
        };
        SendOnBehalfContactRequestDto: {
            /**
             * @description The candidate’s pseudonym
             * @example K7Q2M9
             */
            pseudonym: string;
            /**
             * Format: uuid
             * @description The firm’s own offer the request is about; optional (a request from the general shortlist names none)
             */
            offerId?: string | null;
            /** @description The firm’s message, stored and mailed as written */
            message: string;
            /**
             * Format: uuid
             * @description The firm the request is sent for; it must be checked (verified)
             */
            companyId: string;
        };
        OnBehalfFirmResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        OnBehalfFirmsResponse: {
            /** @description Checked firms by name, at most 1,000 */
            items: components["schemas"]["OnBehalfFirmResponse"][];
        };
        SentContactRequestsResponse: {
            total: number;
            page: number;
            pageSize: number;
            items: components["schemas"]["SentContactRequestResponse"][];
        };
        InboxContactRequestResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            candidateId: string;
            /** @description The candidate’s name (mentors act for several candidates) */
            candidateName: string;
            companyName: string;
            /** Format: uuid */
            offerId: string | null;
            offerTitle: string | null;
            /** @description The firm’s message as written */
            message: string;
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "blocked" | "expired";
            /** @enum {string|null} */
            declineReason: "not_interested" | "found_work" | "too_far" | "not_now" | "offer_not_suitable" | "other" | null;
            shareEmail: boolean;
            sharePhone: boolean;
            /**
             * Format: date-time
             * @description When it reached the candidate
             */
            receivedAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            answeredAt: string | null;
            outcomes: components["schemas"]["OutcomeResponse"][];
        };
        InboxResponse: {
            items: components["schemas"]["InboxContactRequestResponse"][];
        };
        AcceptContactRequestDto: {
            /** @description Share the candidate’s e-mail address with the firm (the name is always shared) */
            shareEmail: boolean;
            /** @description Share the candidate’s phone number with the firm */
            sharePhone: boolean;
        };
        DeclineContactRequestDto: {
            /** @enum {string} */
            reason: "not_interested" | "found_work" | "too_far" | "not_now" | "offer_not_suitable" | "other";
        };
        QueuedContactRequestResponse: {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            offerTitle: string | null;
            message: string;
            /** Format: date-time */
            createdAt: string;
        };
        BrokerQueueResponse: {
            items: components["schemas"]["QueuedContactRequestResponse"][];
        };
        StaffContactResponse: {
            /** Format: uuid */
            id: string;
            pseudonym: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            offerTitle: string | null;
            message: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            answeredAt: string | null;
            outcomes: components["schemas"]["OutcomeResponse"][];
        };
        StaffContactsResponse: {
            items: components["schemas"]["StaffContactResponse"][];
        };
        ReturnContactRequestDto: {
            /** @description Why IBA staff return the request to the firm */
            comment: string;
        };
        ContactSettingsResponse: {
            /** @description Brokered contact: IBA staff see each new request first and pass it on or return it */
            brokered: boolean;
            /** @description Days a request stays open for an answer */
            expiryDays: number;
            /** @description Requests one firm may send per day */
            requestsPerFirmPerDay: number;
        };
        UpdateContactSettingsDto: {
            brokered: boolean;
        };
        OutcomesResponse: {
            items: components["schemas"]["OutcomeResponse"][];
        };
        RecordOutcomeDto: {
            /** @enum {string} */
            stage: "talk" | "trial" | "apprenticeship_contract" | "employment_contract" | "ended";
            /**
             * Format: date
             * @description When the stage happened (YYYY-MM-DD)
             * @example 2026-12-01
             */
            occurredOn: string;
            /**
             * @description Required for `ended`, else not allowed
             * @enum {string|null}
             */
            endedReason?: "hired_elsewhere" | "candidate_withdrew" | "firm_withdrew" | "not_suitable" | "completed" | "other" | null;
        };
        /**
         * @description Stable code of an error; see docs/errors.md. The HTTP status of each code is fixed.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "UNPROCESSABLE" | "CSRF_TOKEN_INVALID" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL" | "ACCOUNT_EMAIL_TAKEN" | "ACCOUNT_LAST_ADMIN" | "ACCOUNT_SELF_DISABLE" | "ACCOUNT_ROLE_NOT_CHANGEABLE" | "AUTH_BAD_CREDENTIALS" | "AUTH_ACCESS_CODE_INVALID" | "AUTH_TOO_MANY_FAILURES" | "AUTH_SIGNUP_LINK_INVALID" | "AUTH_RESET_LINK_INVALID" | "AUTH_PASSWORD_REJECTED" | "INVITATION_NOT_ALLOWED" | "INVITATION_COMPANY_CHOICE" | "INVITATION_INVALID" | "MENTORSHIP_CANDIDATES_ONLY" | "MENTOR_NOT_FOUND" | "MENTOR_ALREADY_AUTHORISED" | "CONSENT_TEXT_OUTDATED" | "CONSENT_ALREADY_GIVEN" | "CONSENT_NOT_GIVEN" | "PROFILE_CONSENT_MISSING" | "PROFILE_INCOMPLETE" | "PROFILE_NOT_PUBLISHED" | "PROFILE_EVIDENCE_NOT_YOURS" | "ASSESSMENT_NOT_CONFIRMABLE" | "DUPLICATE_SAME_CANDIDATE" | "DUPLICATE_PAIR_NOT_FLAGGED" | "MERGE_NOT_RESTORABLE" | "MERGE_IDENTIFIER_TAKEN" | "COMPANY_NOT_YOURS" | "COMPANY_SITE_IN_USE" | "JOB_BOARD_CANDIDATE_REQUIRED" | "JOB_NOT_RETRYABLE" | "TAXONOMY_LABEL_EXISTS" | "TAXONOMY_LABEL_NOT_EDITABLE" | "TOWN_EXISTS" | "COMPANY_NOT_VERIFIED" | "SAVED_SEARCH_LIMIT_REACHED" | "CONTACT_CANDIDATE_NOT_FOUND" | "CONTACT_OFFER_NOT_FOUND" | "CONTACT_COMPANY_NOT_FOUND" | "CONTACT_REQUEST_NOT_FOUND" | "SHORTLIST_ENTRY_NOT_FOUND" | "CONTACT_REQUEST_OPEN" | "CONTACT_REQUEST_DAILY_CAP" | "CONTACT_REQUEST_NOT_OPEN" | "CONTACT_NOT_ACCEPTED" | "CONTACT_OUTCOME_ORDER" | "PRINT_RENDERER_UNAVAILABLE" | "OPEN_HOUSE_DAY_NOT_FOUND" | "OPEN_HOUSE_SITE_NOT_FOUND" | "OPEN_HOUSE_ALREADY_REGISTERED" | "OPEN_HOUSE_VISIT_NOT_FOUND" | "JOB_FAIR_NOT_FOUND" | "JOB_FAIR_ALREADY_REGISTERED" | "JOB_FAIR_BOOTH_TAKEN" | "JOB_FAIR_MENTOR_FULL" | "EVENT_STATUS_TRANSITION" | "EVENT_REGISTRATION_CLOSED" | "EVENT_ALREADY_REGISTERED" | "EVENT_NOT_SPEED_DATING" | "EVENT_SCHEDULE_EMPTY" | "EVENT_SCHEDULE_INFEASIBLE" | "EVENT_SCHEDULE_INVALID" | "EVENT_SCHEDULE_MISSING" | "EVENT_SCHEDULE_NOT_PUBLISHED" | "EVENT_SCHEDULE_PUBLISHED" | "EVENT_CODE_NOT_FOUND" | "EVENT_HELD" | "EVENT_NOT_IBA_INFO" | "PRINT_JOB_NOT_READY";
        /** @description The one error shape every endpoint answers with. */
        ErrorResponse: {
            statusCode: number;
            code: components["schemas"]["ErrorCode"];
            /** @description English explanation for logs; the web app shows texts by code. */
            message: string;
            /** @description The fields at fault, named with dots (competences.3.code). */
            errors?: {
                field: string;
                code: components["schemas"]["FieldErrorCode"];
                /** @description English explanation for logs; the web app shows texts by code. */
                message: string;
                /** @description The length, count or number the field must stay within (TOO_LONG, TOO_SMALL …). */
                limit?: number;
            }[];
            requestId?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    MyAccessLogController_mine: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only reads by this account */
                actorAccountId?: string;
                /** @description From this time (ISO 8601) */
                from?: string;
                /** @description Before this time (ISO 8601) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_employerSignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerSignupDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_confirmSignup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupConfirmDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_accessCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_csrfToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BarriersController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BarrierReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BarrierReportResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_district: {
        parameters: {
            query?: {
                /** @description One row per month, town or occupational field */
                groupBy?: "month" | "town" | "field";
                /** @description First month (YYYY-MM, Europe/Berlin); default 11 months before `to` */
                from?: string;
                /** @description Last month (YYYY-MM, Europe/Berlin); default the current month */
                to?: string;
                /** @description Only this town (8-digit AGS) */
                town?: string;
                /** @description Only this occupational field */
                occupationalField?: "crafts" | "construction" | "logistics" | "care" | "cleaning" | "gastronomy" | "retail" | "agriculture" | "production" | "metal" | "electrical" | "automotive" | "office" | "it" | "education" | "social" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistrictReportResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ReportsController_districtCsv: {
        parameters: {
            query?: {
                /** @description One row per month, town or occupational field */
                groupBy?: "month" | "town" | "field";
                /** @description First month (YYYY-MM, Europe/Berlin); default 11 months before `to` */
                from?: string;
                /** @description Last month (YYYY-MM, Europe/Berlin); default the current month */
                to?: string;
                /** @description Only this town (8-digit AGS) */
                town?: string;
                /** @description Only this occupational field */
                occupationalField?: "crafts" | "construction" | "logistics" | "care" | "cleaning" | "gastronomy" | "retail" | "agriculture" | "production" | "metal" | "electrical" | "automotive" | "office" | "it" | "education" | "social" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSavedSearchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_alerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchAlertResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameSavedSearchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedSearchResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_runCandidates: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateSearchResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SavedSearchesController_runOffers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobBoardPage"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseDaySummary"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOpenHouseDayDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseDaySummary"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_mine: {
        parameters: {
            query?: {
                /** @description Mentors: the candidate (candidates: left out) */
                candidateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseDayForCandidate"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseDayResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_addSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddOpenHouseSiteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseSiteResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_registrations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseRegistrationResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOpenHouseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_registerGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOpenHouseGroupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHouseRegistrationResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_storedPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHousePlanResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanRunDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHousePlanResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanEditDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenHousePlanResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_visitors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteVisitorsResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpenHouseController_route: {
        parameters: {
            query?: {
                /** @description Mentors: the candidate (candidates: left out) */
                candidateId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateRouteResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairSummary"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJobFairDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairSummary"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobFairResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_addExhibitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddExhibitorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExhibitorResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_addMentor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFairMentorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairMentorResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFairCandidateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairCandidateResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_editPair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                candidateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EditPairDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_plans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FairPlansResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_myGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFairGroupResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobFairsController_myPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyFairPlanResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_list: {
        parameters: {
            query?: {
                status?: "draft" | "open" | "closed" | "held";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_registrations: {
        parameters: {
            query?: {
                /** @description Name or code (staff check-in search) */
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventRegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_wishes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventWishesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_absent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventAbsentRoundsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_firms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFirmResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_candidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventCandidateLabelResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventScheduleResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_importSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventScheduleImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventScheduleResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_generate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventScheduleResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_instance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventScheduleResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_replan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventReplanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventScheduleResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCheckInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_checkInById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_noShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_walkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventWalkInDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventRegistrationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventsController_plan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                registrationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPlanResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CandidatesController_lookup: {
        parameters: {
            query: {
                /** @description Part of the given or family name (at least 2 characters) */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateLookupItem"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CandidatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatePersonalResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CandidatesController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorCandidateItem"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CandidatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCandidateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCandidateResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConsentController_texts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentTextResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConsentController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentStatusResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConsentController_grant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentStatusResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ConsentController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentStatusResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvitationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MentorshipsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipItem"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MentorshipsController_authorise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthoriseMentorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MentorshipItem"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MentorshipsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of name, e-mail or login name */
                q?: string;
                role?: "candidate" | "mentor" | "employer" | "iba_staff" | "coordinator" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountListResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_accessLogPage: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only reads by this account */
                actorAccountId?: string;
                /** @description From this time (ISO 8601) */
                from?: string;
                /** @description Before this time (ISO 8601) */
                to?: string;
                /** @description Only reads of this candidate */
                candidateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_outbox: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxPage"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_jobList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only jobs in this state, e.g. failed */
                state?: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
                /** @description Only jobs of this queue */
                queue?: "mail-delivery" | "mail-cleanup" | "profile-reminders" | "merge-archive-purge" | "saved-search-alerts" | "contact-request-expiry" | "event-reminders" | "print-batches" | "print-job-purge";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPage"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AdminController_retryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the company name */
                q?: string;
                /** @description Firms with a site in this town (AGS) */
                townAgs?: string;
                /** @description Sort by distance of the nearest site from this town (AGS) */
                nearTown?: string;
                /** @description With nearTown: only firms with a site within this many km */
                radiusKm?: number;
                /** @description Sector (WZ 2008 section) */
                wzSection?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";
                /** @description Open to all of these kinds of visit */
                openTo?: ("tours" | "openHouse")[];
                /** @description Offers all of these kinds of place */
                offering?: ("internships" | "apprenticeships" | "eqPlaces")[];
                /** @description Only firms with offers on the job board now */
                hasOpenOffers?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyListResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_openFirms: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the company name */
                q?: string;
                /** @description Firms with a site in this town (AGS) */
                townAgs?: string;
                /** @description Sort by distance of the nearest site from this town (AGS) */
                nearTown?: string;
                /** @description With nearTown: only firms with a site within this many km */
                radiusKm?: number;
                /** @description Sector (WZ 2008 section) */
                wzSection?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";
                /** @description Open to all of these kinds of visit */
                openTo?: ("tours" | "openHouse")[];
                /** @description Offers all of these kinds of place */
                offering?: ("internships" | "apprenticeships" | "eqPlaces")[];
                /** @description Only firms with offers on the job board now */
                hasOpenOffers?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyListResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompanyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_addSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_replaceSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_deleteSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_logo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/jpeg": string;
                    "image/webp": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_putLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    logo: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CompaniesController_deleteLogo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OffersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Staff: one company’s offers. Employers always get their own company’s. */
                companyId?: string;
                status?: "draft" | "open" | "filled" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferListResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OffersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOfferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OffersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OffersController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OffersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOfferDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobBoardController_search: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Offers at a site in this town (AGS) */
                townAgs?: string;
                /** @description Measure distances from this town (AGS) and sort by them */
                nearTown?: string;
                /** @description With nearTown: only offers within this many km */
                radiusKm?: number;
                /** @description Kinds of work (repeat or comma-separate) */
                kind?: ("job" | "apprenticeship" | "internship" | "eq")[];
                /** @description Occupational field (curated list; other occupations by ISCO-08 group) */
                field?: "crafts" | "construction" | "logistics" | "care" | "cleaning" | "gastronomy" | "retail" | "agriculture" | "production" | "metal" | "electrical" | "automotive" | "office" | "it" | "education" | "social" | "other";
                /** @description ISCO-08 group: 1 digit (major group) up to 4 digits (unit group) */
                iscoGroup?: string;
                /** @description Exactly this occupation (taxonomy code) */
                occupationCode?: string;
                /** @description My German level: offers whose minimum (overall and every skill) is at most this */
                maxGermanLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
                /** @description Only offers suitable for career changers */
                suitableForCareerChangers?: boolean;
                /** @description Words in title, description, company or occupation (in any language) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobBoardPage"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobBoardController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobBoardOfferDetail"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobBoardController_mark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferInterestResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobBoardController_unmark: {
        parameters: {
            query?: {
                /** @description The candidate to act for: required for mentors, optional for candidates (themselves) */
                candidateId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    JobBoardController_interests: {
        parameters: {
            query?: {
                /** @description The candidate to act for: required for mentors, optional for candidates (themselves) */
                candidateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateInterestItem"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ShowcaseController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                townAgs?: string;
                wzSection?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShowcasePage"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ShowcaseController_setOptIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShowcaseOptInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyShowcaseResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ShowcaseController_setEmploysRefugees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefugeeEmployerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyShowcaseResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BaJobsucheController_import: {
        parameters: {
            query?: {
                /** @description Kind of the imported offers (the job agency searches one kind at a time). New offers default to job; updates keep their kind unless given. */
                kind?: "job" | "apprenticeship" | "internship" | "eq";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BaJobsucheImportDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BaJobsucheImportReport"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OfferInterestsController_interested: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferInterestedResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VerificationController_pending: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingCompanyItem"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VerificationController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyVerificationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    VerificationController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyVerificationResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_unpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_reconfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description AGS of the home town */
                town?: string;
                /** @description Occupation code: wished, as competence, or as work experience */
                occupation?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileListResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_pseudonymous: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PseudonymousProfileResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_attach: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachedAssessmentResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvPreviewResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_importCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvImportResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProfilesController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DuplicatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicatePairResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DuplicatesController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeDuplicateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeResultResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DuplicatesController_listMerged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergedCandidateResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DuplicatesController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoredCandidateResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DuplicatesController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissDuplicateDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TaxonomyController_searchOccupations: {
        parameters: {
            query?: {
                /** @description What the user typed, in any language */
                q?: string;
                /** @description Language of the reader; its labels are matched first */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomySearchResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TaxonomyController_searchSkills: {
        parameters: {
            query?: {
                /** @description What the user typed, in any language */
                q?: string;
                /** @description Language of the reader; its labels are matched first */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomySearchResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TaxonomyController_concept: {
        parameters: {
            query?: {
                /** @description Concept code (ESCO URI or product code) */
                code?: string;
                /** @description How many related skills to list */
                relatedLimit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConceptResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TaxonomyCurationController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTaxonomyLabelDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyLabelResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TaxonomyCurationController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TownsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TownResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TownsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTownDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TownResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TownsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ags: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTownDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TownResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CandidateSearchController_find: {
        parameters: {
            query?: {
                /** @description Words in any UI language: competence and occupation labels, town, pseudonym */
                q?: string;
                /** @description Occupational fields of the wished occupations (any of them; repeat or comma-separate) */
                occupationalField?: ("crafts" | "construction" | "logistics" | "care" | "cleaning" | "gastronomy" | "retail" | "agriculture" | "production" | "metal" | "electrical" | "automotive" | "office" | "it" | "education" | "social" | "other")[];
                /** @description Wished occupations (taxonomy codes; any of them) */
                occupations?: string[];
                /** @description Competences (taxonomy codes, e.g. picked through the multilingual picker): every one must be in the profile, with the evidence strength asked for */
                competences?: string[];
                /** @description At least this German level (overall) */
                minGermanLevel?: "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
                /** @description Core skills: maths or computer, with a minimum level after a colon (default basic) */
                coreSkills?: string[];
                /** @description Evidence strength: with competences, each of them must have it; without, the profile must have a competence with it */
                evidence?: "mentor" | "assessed" | "iba";
                /** @description Kind of work wished (any of them) */
                kindOfWork?: ("apprenticeship" | "job" | "internship" | "eq")[];
                /** @description Available from this day at the latest (YYYY-MM-DD) */
                availableBy?: string;
                /** @description Measure distances from a town (8-digit AGS) or from one of the firm’s sites (site id) */
                near?: string;
                /** @description With near: home town within this many km */
                radiusKm?: number;
                /** @description Driving licence classes (any of them); "any" for any licence */
                drivingLicence?: string[];
                /** @description May work: yes, or with the foreigners’ authority’s approval */
                mayWork?: ("yes" | "with_approval")[];
                /** @description Only candidates with a driving licence (any class) */
                hasDrivingLicence?: boolean;
                /** @description distance needs near */
                sort?: "relevance" | "distance" | "newest";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateSearchResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchingController_offerMatches: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferMatchesResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchingController_offerMatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferMatchResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchingController_candidateMatches: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateMatchesResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MatchingController_myMatches: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateMatchesResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventFirmsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMatchFirmResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventFirmsController_addGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGuestFirmDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventMatchFirmResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    EventFirmsController_removeGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                firmId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_eventFirmMatches: {
        parameters: {
            query?: {
                /** @description Print language; default: the account’s language */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
                /** @description How many of the best matches */
                top?: number;
            };
            header?: never;
            path: {
                id: string;
                firmId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_listJobs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrintJobResponse"][];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_createJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePrintJobDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrintJobResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_job: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrintJobResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_jobFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_companyMatches: {
        parameters: {
            query?: {
                /** @description Print language; default: the account’s language */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
                /** @description How many of the best matches */
                top?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_offerMatches: {
        parameters: {
            query?: {
                /** @description Print language; default: the account’s language */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
                /** @description How many of the best matches */
                top?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_eventEverything: {
        parameters: {
            query?: {
                /** @description Print language; default: the account’s language */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_pseudonymousProfile: {
        parameters: {
            query?: {
                /** @description Print language; default: the account’s language */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrintController_fullProfile: {
        parameters: {
            query?: {
                /** @description Print language; default: the account’s language */
                lang?: "de" | "en" | "ar" | "fa" | "uk";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_shortlist: {
        parameters: {
            query?: {
                /** @description An offer id: that offer’s list; `general`: the firm’s general list; left out: every entry */
                offer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortlistResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_addToShortlist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddShortlistEntryDto"];
            };
        };
        responses: {
            /** @description Added (201) or already there (200) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortlistEntryResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_removeFromShortlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_updateShortlistEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateShortlistEntryDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShortlistEntryResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendContactRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentContactRequestResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_sendOnBehalf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendOnBehalfContactRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentContactRequestResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_onBehalfFirms: {
        parameters: {
            query?: {
                /** @description Part of the firm’s name */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnBehalfFirmsResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_sent: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "awaiting_broker" | "returned" | "open" | "accepted" | "declined" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentContactRequestsResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_sentOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentContactRequestResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_inbox: {
        parameters: {
            query?: {
                /** @description Mentors: only this candidate’s requests */
                candidateId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptContactRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxContactRequestResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineContactRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxContactRequestResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_block: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxContactRequestResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_queue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrokerQueueResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_accepted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffContactsResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_passOn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_returnToFirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnContactRequestDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSettingsResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactSettingsResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_outcomes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ContactsController_recordOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOutcomeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesResponse"];
                };
            };
            /** @description An error in the one error shape */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
