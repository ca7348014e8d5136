// Controlled vocabularies (places, sections, IPTC Media Topics) and tag suggestions.
export { places, findPlace, placeByCode, placeAncestors, placeTag, type Place, type PlaceLevel } from './places';
export { sections, findSection, sectionTag, type Section } from './sections';
export { mediaTopics, findMediaTopic, mediaTopicTag, type MediaTopic } from './media-topics';
export { findPlaceMentions, type PlaceMention } from './mentions';
export { findOrgMentions, type OrgMention } from './orgs';
export { leadCredit, namesInCredit } from './credits';
export { suggestTags, type TagSuggestion, type SuggestInput } from './suggest';
