-- Drives dist/server.js from Neovim's built-in LSP client (0.7+), headless. Opens each file
-- named in PF_FILES, records the diagnostics Neovim received, applies one code action, saves,
-- and records the diagnostics again. Writes everything as JSON to PF_OUT, then quits.
local root = os.getenv('PF_ROOT')
local out = {}

local client_id = vim.lsp.start_client({
  name = 'preflight',
  cmd = { os.getenv('PF_NODE'), os.getenv('PF_SERVER'), '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'examples' } },
})

local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { code = d.code, line = d.lnum, severity = d.severity, source = d.source, message = d.message })
  end
  return list
end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr
end

for file in string.gmatch(os.getenv('PF_FILES'), '[^,]+') do
  local bufnr = open(file)
  vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  out[file] = diagnostics_of(bufnr)
end

-- Apply the quick fix offered for one finding, save, and wait for the new diagnostics.
local fix_file, fix_code, fix_title = os.getenv('PF_FIX_FILE'), os.getenv('PF_FIX_CODE'), os.getenv('PF_FIX_TITLE')
local bufnr = open(fix_file)
local target
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  if d.code == fix_code then target = d end
end
local actions = {}
if target then
  local lsp_diagnostic = {
    range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
    message = target.message, code = target.code, source = target.source, data = target.user_data.lsp.data,
  }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp_diagnostic.range,
    context = { diagnostics = { lsp_diagnostic } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000) or {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(actions, action.title)
      if action.title == fix_title and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      end
    end
  end
end
out.actions = actions
vim.api.nvim_set_current_buf(bufnr)
vim.cmd('write')
vim.wait(20000, function()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == fix_code and d.lnum == target.lnum then return false end
  end
  return true
end, 50)
out.after_fix = diagnostics_of(bufnr)

local f = assert(io.open(os.getenv('PF_OUT'), 'w'))
f:write(vim.fn.json_encode(out))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
