// Per page rather than for the whole member area: a loading boundary above
// /assessments/[id] would stream a 200 before the page can answer 404 for
// someone else's result.
export { MemberLoading as default } from "@/components/site/member-loading";
