-- README.md is the home page (nbs/index.ipynb) rendered by `nbdev_readme` as GitHub Markdown. It is read at the
-- repository's root (GitHub, PyPI), where the chapters are pages of the published site and the images live under
-- nbs/. This filter rewrites those paths for the README only, and keeps the page's description under its title;
-- the HTML site is left as it is.
-- the site's address, from nbdev.yml (which nbdev writes from settings.ini)
local function site_url()
  local dir = quarto.project.directory or "."
  local f = io.open(dir .. "/nbdev.yml")
  if not f then return "" end
  local url = f:read("a"):match('site%-url:%s*"?([^"\n]+)"?')
  f:close()
  return url and (url:gsub("/?$", "/")) or ""
end
local site = site_url()

local function chapter_page(target)
  -- nbs/06_training.ipynb becomes training.html on the site (nbdev drops the number prefix)
  local file, anchor = target:match("^([^#/:]+)%.ipynb(#?.*)$")
  if not file then return nil end
  return site .. file:lower():gsub("^%d+%w*_", "") .. ".html" .. anchor
end

local function readme_only(filter)
  return function(el) if quarto.doc.is_format("gfm") then return filter(el) end end
end

return {
  { Link = readme_only(function(el)
      local page = chapter_page(el.target)
      if page then el.target = page; return el end
    end),
    -- GitHub shows no figure captions: the caption becomes a paragraph in italics under the image, and the
    -- image's alt text is its fig-alt (not the caption, which alt text would hide)
    Figure = readme_only(function(fig)
      local img
      fig.content:walk({ Image = function(i) img = img or i end })
      if not img then return nil end
      local caption = pandoc.utils.blocks_to_inlines(fig.caption.long)
      local alt = img.attributes["fig-alt"]
      img.attributes["fig-alt"] = nil
      img.caption = alt and { pandoc.Str(alt) } or {}
      return { pandoc.Para({ img }), pandoc.Para({ pandoc.Emph(caption) }) }
    end),
    Image = readme_only(function(el)
      if not el.src:match("^%a[%w+.-]*:") and not el.src:match("^/") then el.src = "nbs/" .. el.src; return el end
    end),
    Pandoc = readme_only(function(doc)
      if doc.meta.description then
        local quote = pandoc.BlockQuote({ pandoc.Para(doc.meta.description) })
        doc.blocks:insert(1, quote)
        return doc
      end
    end) },
}
