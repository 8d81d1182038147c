import type { Localized } from '../../catalogue';
import type { matchListsDe } from './de';

// Texts of the match lists: candidates for an offer, offers for a candidate, and why a match fits.
export const matchListsEn: Localized<typeof matchListsDe> = {
  percent: '{{percent}} % match',
  rank: 'Rank {{rank}}',
  why: 'Why it fits',
  hideWhy: 'Hide explanation',
  offer: {
    link: 'Matching candidates',
    linkNamed: 'Matching candidates for {{title}}',
    title: 'Matching candidates',
    forOffer: 'for {{title}}',
    intro:
      'Best matches first – by required competences and their evidence, German, distance, start and wishes. Pseudonymous profiles only.',
    back: 'Back to my company',
    total_one: '{{count}} matching candidate',
    total_other: '{{count}} matching candidates',
    empty: 'Nobody matches this offer yet. Check competences, German minimum and distance.',
    list: 'Matching candidates',
    pages: 'Pages of the matching candidates',
    candidate: 'Candidate {{pseudonym}}',
    openProfile: 'See the whole profile',
    backToList: 'Back to the list',
    covered: '{{covered}} of {{required}} required competences',
  },
  mine: {
    nav: 'Offers for me',
    title: 'Offers for me',
    intro: 'Open offers that fit your profile best come first. Each says why it fits.',
    forCandidate: 'Offers for {{name}}',
    mentorIntro: 'Open offers that fit the profile best come first – with an explanation.',
    link: 'Matching offers',
    linkNamed: 'Matching offers for {{name}}',
    total_one: '{{count}} matching offer',
    total_other: '{{count}} matching offers',
    empty: 'No open offer fits at the moment. Complete your profile or look again later.',
    list: 'Matching offers',
    pages: 'Pages of the matching offers',
    openOffer: 'See the offer',
    at: 'at {{company}}',
    startsOn: 'Starts {{date}}',
    blocked: {
      may_not_work: 'As long as the work permit is missing, no offer can be proposed.',
      too_far: 'No offer is within the distance you can travel.',
      german_far_below: 'The offers ask for more German.',
    },
  },
};
