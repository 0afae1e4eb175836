"""The errors a user can fix; the CLI and the bot show their message instead of a traceback."""

from index.articles import ArticleError
from index.builder import BuildError
from index.embedder import ModelError
from index.store import IndexError_

USER_ERRORS = (ArticleError, BuildError, ModelError, IndexError_)
