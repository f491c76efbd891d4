// A TypeDoc plugin that makes the API site read by concept, as the source does:
// - each export goes in the category of the concept folder that declares it (src/quantities →
//   Quantities; the table is typedoc.json's `conceptCategories`) instead of one flat list; an
//   explicit @category tag in its comment wins;
// - the two entry points are listed as "API reference", the guides (docs/*.md) as "Guides",
//   each guide under the title of its first heading, up to a colon.
import { Comment, CommentTag, Converter, ParameterType, ReflectionKind } from "typedoc";

/** Adds a @category tag unless the comment has one. */
function categorise(reflection, category) {
  reflection.comment ??= new Comment();
  if (reflection.comment.blockTags.some((tag) => tag.tag === "@category")) return;
  reflection.comment.blockTags.push(
    new CommentTag("@category", [{ kind: "text", text: category }]),
  );
}

/** The folder under src/ that declares a reflection's symbol. */
function conceptFolder(context, reflection) {
  const symbol = context.getSymbolFromReflection(reflection);
  const file = symbol?.declarations?.[0]?.getSourceFile().fileName.replaceAll("\\", "/");
  return file?.match(/\/src\/([^/]+)\//u)?.[1];
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: "conceptCategories",
    help: "The category of the exports of each folder under src/",
    type: ParameterType.Mixed,
    defaultValue: {},
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.SomeModule)) {
      if (reflection.parent?.kindOf(ReflectionKind.Project))
        categorise(reflection, "API reference");
      return;
    }
    if (!reflection.parent?.kindOf(ReflectionKind.SomeModule)) return;
    const categories = app.options.getValue("conceptCategories");
    const category = categories[conceptFolder(context, reflection) ?? ""];
    if (typeof category === "string") categorise(reflection, category);
  });
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    document.frontmatter.category ??= "Guides";
    const text = document.content.map((part) => part.text).join("");
    const heading = text.match(/^# (.+)$/mu)?.[1];
    if (document.frontmatter.title === undefined && heading !== undefined) {
      document.name = heading.split(":")[0].replaceAll("`", "").trim();
    }
  });
}
