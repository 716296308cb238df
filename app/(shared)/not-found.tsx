// notFound() below this layout: the layout already draws the header and footer.
export { NotFoundMessage as default } from "@/components/site/not-found-message";
