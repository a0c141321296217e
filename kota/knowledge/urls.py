from django.urls import path

from kota.knowledge.feeds import NewlyPublished
from kota.knowledge.views import editing, public, review

app_name = "knowledge"
urlpatterns = [
    path("", public.search, name="search"),
    path("feed/", NewlyPublished(), name="feed"),
    path("mine/", editing.mine, name="mine"),
    path("new/", editing.create, name="create"),
    path("new/items/", editing.item_options, name="item_options"),
    path("review/", review.queue, name="queue"),
    path("coverage/", review.coverage, name="coverage"),
    path("<int:pk>/", public.item_redirect, name="item_redirect"),
    path("<int:pk>-<str:slug>/", public.item_detail, name="item"),
    path("<int:pk>/edit/", editing.edit, name="edit"),
    path("<int:pk>/submit/", editing.submit, name="submit"),
    path("files/<path:name>", public.attachment, name="attachment"),
    path("<int:pk>/interest/", public.mark_interest, name="interest"),
    path("<int:pk>/comment/", review.comment, name="comment"),
    path("<int:pk>/return/", review.return_to_submitter, name="return"),
    path("<int:pk>/publish/", review.publish, name="publish"),
]
